import { deploymentWeight, MATCH_WEIGHTS } from '@mieux/domain';
import { createEvent, type EventType, type EventPayload } from '@mieux/events';
import { givenOnce } from '@mieux/service-kit/testing';
import { activitiesConsumer } from '../src/activity/activity.consumer';
import { rosterOf } from '../src/service';
import { activeExpert, officer, analyst, startExperts, type Subgraph } from './fixtures';

let subgraph: Subgraph;
const ids: Record<string, string> = {};
/** A public official of a partner country's administration in the region: full peer value (South-South). */
const southSouth = { nationality: 'CI', employerType: 'PARTNER_COUNTRY_ADMINISTRATION', memberState: null, publicOfficial: true };
// Made in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
    ids.perfect = await activeExpert(subgraph, {
      ...southSouth,
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      subTopics: ['LABOUR_MIGRATION'],
      languages: ['fr'],
      countriesOfExperience: ['SN'],
      regions: ['AFRICA'],
    });
    ids.regional = await activeExpert(subgraph, {
      ...southSouth,
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      subTopics: [],
      languages: ['fr'],
      countriesOfExperience: ['CI'],
      regions: ['AFRICA'],
    });
    ids.otherLanguage = await activeExpert(subgraph, {
      ...southSouth,
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      subTopics: [],
      languages: ['es'],
      countriesOfExperience: ['PE'],
      regions: ['LATIN_AMERICA_AND_CARIBBEAN'],
    });
    ids.offTopic = await activeExpert(subgraph, { thematicAreas: ['HORIZONTAL_INTERVENTIONS'], subTopics: [] });
    ids.busy = await activeExpert(subgraph, {
      ...southSouth,
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      subTopics: ['LABOUR_MIGRATION'],
      languages: ['fr'],
      countriesOfExperience: ['SN'],
    });
  }),
  60_000,
);
afterAll(() => subgraph?.close());

const MATCH = `query($input: MatchInput!, $first: Int, $after: String) { matchExperts(input: $input, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { score rank expert { id } reasons { code score message(lang: FR) } } } } }`;
/** The ranked matches of one page. */
const matches = async (variables: Record<string, unknown>) =>
  (await subgraph.execute<any>(MATCH, variables, officer)).data.matchExperts.edges.map((e: { node: unknown }) => e.node);
const need = {
  thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  subTopics: ['LABOUR_MIGRATION'],
  languages: ['fr'],
  countryCode: 'SN',
  startsOn: '2027-03-01',
  endsOn: '2027-03-03',
};

/** An event of the actions service applied to the roster's copy by its consumer, as the relay would deliver it. */
async function heard<T extends EventType>(type: T, id: string, payload: EventPayload<T>): Promise<void> {
  const handler = activitiesConsumer(rosterOf(subgraph.database).matchingIndex).handlers[type] as (event: unknown, manager: unknown) => Promise<void>;
  await handler(createEvent(type, id, payload), subgraph.database.dataSource.manager);
}

let deployments = 0;
/** An activity starting on a date, heard of, with the experts deployed on it. */
async function deployedOn(startsOn: string, expertIds: string[], status = 'HELD'): Promise<string[]> {
  const activityId = `activity-${startsOn}-${status}`;
  await heard('ActivityPlanned', activityId, { activityId, actionId: 'action-1', startsOn, endsOn: startsOn, status, type: 'TRAINING', countryCode: 'SN' });
  return Promise.all(
    expertIds.map(async (expertId) => {
      deployments += 1;
      const deploymentId = `deployment-${deployments}`;
      await heard('ExpertDeployed', deploymentId, { deploymentId, activityId, expertId, role: 'EXPERT', startsOn, endsOn: startsOn });
      return deploymentId;
    }),
  );
}

describe('matching', () => {
  it('ranks by fit with the reasons, deterministically, and leaves out the excluded', async () => {
    const first = await matches({ input: { ...need, excludeExpertIds: [ids.busy] } });
    expect(first.map((m: any) => [m.expert.id, m.rank])).toEqual([
      [ids.perfect, 1],
      [ids.regional, 2],
      [ids.otherLanguage, 3],
    ]);
    expect(first[0].score).toBe(1);
    expect(first[1].reasons.map((r: any) => [r.code, r.score])).toEqual([
      ['LANGUAGE', 1],
      ['THEMATIC_FIT', 1],
      ['REGIONAL_EXPERIENCE', 0.6],
      ['SUB_TOPIC_FIT', 0],
      ['AVAILABILITY', 1],
      ['PEER_VALUE', 1],
      ['ROTATION', 1],
    ]);
    expect(first[2].reasons[0].message).toBe('Ne parle aucune des langues de travail demandées');
    expect(await matches({ input: { ...need, excludeExpertIds: [ids.busy] } })).toEqual(first);
  });

  it('never proposes an expert busy on the activity dates (candidateExperts through @requires)', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { candidateExperts(first: 3) { edges { node { expert { id } score } } } } } }`;
    const activity = {
      __typename: 'Activity',
      id: 'activity-1',
      startsOn: '2027-03-01',
      endsOn: '2027-03-03',
      thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      countryCode: 'SN',
      busyExpertIds: [ids.perfect],
    };
    const result = await subgraph.execute<any>(query, { r: [activity] }, officer);
    const proposed = result.data._entities[0].candidateExperts.edges.map((e: any) => e.node.expert.id);
    expect(proposed).not.toContain(ids.perfect);
    expect(proposed[0]).toBe(ids.busy);
    expect(proposed).toHaveLength(3);
  });

  it('is for project officers', async () => {
    expect((await subgraph.execute(MATCH, { input: need }, analyst)).errors?.[0]).toMatchObject({
      message: expect.stringContaining('PROJECT_OFFICER'),
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('pages the ranking, takes a region without a country, and refuses a need that ends before it starts or a negative page', async () => {
    const two = await matches({ input: need, first: 2 });
    // The two perfect fits, equal in score and in every criterion, in the order of their ids, the tie said.
    expect(two.map((m: any) => [m.expert.id, m.score])).toEqual([ids.perfect, ids.busy].sort().map((id) => [id, 1]));
    expect(two.map((m: any) => m.reasons.at(-1).code)).toEqual(['TIE_BREAK', 'TIE_BREAK']);
    const page = (await subgraph.execute<any>(MATCH, { input: need, first: 2 }, officer)).data.matchExperts;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await matches({ input: need, after: page.pageInfo.endCursor });
    expect([...two, ...rest].map((m: any) => m.expert.id)).toEqual((await matches({ input: need })).map((m: any) => m.expert.id));
    expect(rest.map((m: any) => m.expert.id)).not.toContain(two[1].expert.id);
    const latin = await matches({ input: { thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'], region: 'LATIN_AMERICA_AND_CARIBBEAN' }, first: 1 });
    expect(latin.map((m: any) => m.expert.id)).toEqual([ids.otherLanguage]);
    expect((await matches({ input: { thematicAreas: ['HORIZONTAL_INTERVENTIONS'] } })).map((m: any) => m.expert.id)).toEqual([ids.offTopic]);
    expect((await subgraph.execute(MATCH, { input: { ...need, startsOn: '2027-03-05', endsOn: '2027-03-01' } }, officer)).errors?.[0]).toMatchObject({
      message: 'Invalid input: input.endsOn: must not be before startsOn',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.endsOn' },
    });
    expect((await subgraph.execute(MATCH, { input: need, first: -1 }, officer)).errors?.[0]).toMatchObject({
      message: 'Invalid input: first: must be 0 or more',
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
    expect((await subgraph.execute(MATCH, { input: need, after: 'forged' }, officer)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});

describe('the scoring table', () => {
  // Two areas asked, so that an expert covering one of them still shares one (matching needs one in common).
  const table = { ...need, thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'] };
  const best = {
    ...southSouth,
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
    subTopics: ['LABOUR_MIGRATION'],
    languages: ['fr', 'en'],
    countriesOfExperience: ['SN'],
    regions: ['AFRICA'],
    availability: [{ from: '2027-01-01', to: '2027-12-31' }],
  };
  /** Each row: an expert who falls short of the best on one criterion only, and the score that criterion then gives. */
  const rows: [string, string, Record<string, unknown>, number][] = [
    ['no working language', 'LANGUAGE', { languages: ['es'] }, 0],
    ['one area of two', 'THEMATIC_FIT', { thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'] }, 0.5],
    ['the region, not the country', 'REGIONAL_EXPERIENCE', { countriesOfExperience: ['CI'] }, 0.6],
    ['neither country nor region', 'REGIONAL_EXPERIENCE', { countriesOfExperience: ['PE'], regions: ['LATIN_AMERICA_AND_CARIBBEAN'] }, 0],
    ['another sub-topic', 'SUB_TOPIC_FIT', { subTopics: ['INTEGRATION'] }, 0],
    ['free for part of the dates', 'AVAILABILITY', { availability: [{ from: '2027-03-02', to: '2027-12-31' }] }, 0.5],
    ['an official of a Member State', 'PEER_VALUE', { nationality: 'HR', employerType: 'EU_MEMBER_STATE_ADMINISTRATION', memberState: 'HR' }, 0.8],
    ['not a public official', 'PEER_VALUE', { nationality: 'FR', employerType: 'ACADEMIA', publicOfficial: false }, 0],
    ['a partner country official from another region', 'PEER_VALUE', { nationality: 'PE' }, 0.9],
    // Each deployment weighs from 1 (just before the activity) down to 0.5 (24 months before it).
    ['deployed once in the last 24 months', 'ROTATION', {}, 1 / (1 + deploymentWeight('2026-06-01', '2027-03-01'))],
    ['deployed twice in the last 24 months', 'ROTATION', {}, 1 / (1 + deploymentWeight('2026-06-01', '2027-03-01') + 0.5)],
  ];
  const expertOf: Record<string, string> = {};
  // Made in the first test that runs (the kit's givenOnce), so mutation testing attributes what it reaches in the repository to that test.
  beforeEach(
    givenOnce(async () => {
      expertOf.best = await activeExpert(subgraph, best);
      for (const [name, , change] of rows) expertOf[name] = await activeExpert(subgraph, { ...best, ...change });
      // Rotation, from the copy of the actions service's events: deployments in the window count; before it, cancelled or on a cancelled activity, not.
      await deployedOn('2026-06-01', [expertOf['deployed once in the last 24 months'], expertOf['deployed twice in the last 24 months']]);
      await deployedOn('2025-03-01', [expertOf['deployed twice in the last 24 months']]);
      await deployedOn('2025-02-28', [expertOf.best]);
      await deployedOn('2027-03-01', [expertOf.best]);
      const [cancelled] = await deployedOn('2026-09-01', [expertOf.best]);
      await heard('DeploymentCancelled', cancelled, {
        deploymentId: cancelled,
        activityId: 'activity-2026-09-01-HELD',
        expertId: expertOf.best,
        reason: 'CANCELLED',
      });
      await deployedOn('2026-10-01', [expertOf.best], 'CANCELLED');
    }),
    60_000,
  );

  it('gives the best the full score: deployments before the window, on its first day, cancelled or on a cancelled activity do not count', async () => {
    const [top] = await matches({ input: table, first: 1 });
    expect([top.expert.id, top.score]).toEqual([expertOf.best, 1]);
  });

  it.each(rows)('%s: %s alone moves the score by its weight', async (name, code, _, criterionScore) => {
    const found = (await matches({ input: table, first: 100 })).find((m: any) => m.expert.id === expertOf[name]);
    const short = found.reasons.filter((r: any) => r.score < 1 && r.code !== 'TIE_BREAK');
    expect(short.map((r: any) => r.code)).toEqual([code]);
    expect(short[0].score).toBeCloseTo(criterionScore, 10);
    expect(found.score).toBeCloseTo(1 - MATCH_WEIGHTS[code as keyof typeof MATCH_WEIGHTS] * (1 - criterionScore), 4);
  });
});
