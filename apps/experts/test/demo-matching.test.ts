import { givenOnce } from '@mieux/service-kit/testing';
import { generateDemoPortfolio } from '@mieux/demo';
import { createLogger } from '@mieux/service-kit';
import { ActivityCopyEntity, DeploymentCopyEntity } from '../src/activity/activity.entity';
import { expertsService } from '../src/service';
import { officer, startExperts, type Subgraph } from './fixtures';

/**
 * Matching over the demo roster (scale 1): the roster as seeded, and the copy of the activities and
 * deployments the roster keeps from the actions service's events, as its consumer writes it.
 */
const demo = generateDemoPortfolio();
let subgraph: Subgraph;
// Made in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
    await expertsService.seedDemo!({ database: subgraph.database, logger: createLogger('experts', 'silent'), scale: 1, progress: () => undefined });
    const { manager } = subgraph.database.dataSource;
    const dates = new Map(demo.activities.map((a) => [a.id, a]));
    await manager.insert(
      ActivityCopyEntity,
      demo.activities.map(({ id: activityId, actionId, startsOn, endsOn, status }) => ({ activityId, actionId, startsOn, endsOn, status })),
    );
    const deployments = demo.deployments.filter((d) => dates.get(d.activityId)!.status !== 'CANCELLED');
    for (let i = 0; i < deployments.length; i += 500)
      await manager.insert(
        DeploymentCopyEntity,
        deployments.slice(i, i + 500).map(({ id: deploymentId, activityId, expertId }) => ({ deploymentId, activityId, expertId, active: true })),
      );
  }),
  120_000,
);
afterAll(() => subgraph?.close());

const CANDIDATES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity {
  candidateExperts(first: 5) { edges { node { score rank expert { id languages } reasons { code score } } } } } } }`;

describe('matching over the demo roster', () => {
  it('proposes for a French-language activity in Senegal five experts who all speak French, each with its own score', async () => {
    // The last activity held in Senegal: experts deployed in the 24 months before it have had their turn.
    const activity = demo.activities.filter((a) => a.countryCode === 'SN' && a.status === 'HELD').at(-1)!;
    expect(activity.workingLanguages).toEqual(['fr']);
    const action = demo.actions.find((a) => a.id === activity.actionId)!;
    const overlapping = new Set(
      demo.activities.filter((a) => a.status !== 'CANCELLED' && a.startsOn <= activity.endsOn && activity.startsOn <= a.endsOn).map((a) => a.id),
    );
    const representation = {
      __typename: 'Activity',
      id: activity.id,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
      thematicAreas: action.thematicAreas,
      subTopics: action.subTopics,
      workingLanguages: activity.workingLanguages,
      countryCode: activity.countryCode,
      busyExpertIds: [...new Set(demo.deployments.filter((d) => overlapping.has(d.activityId)).map((d) => d.expertId))],
    };
    const answer = await subgraph.execute<any>(CANDIDATES, { r: [representation] }, officer);
    expect(answer.errors).toBeUndefined();
    const top = answer.data._entities[0].candidateExperts.edges.map((e: any) => e.node);
    expect(top).toHaveLength(5);
    for (const candidate of top)
      expect({ id: candidate.expert.id, french: candidate.expert.languages.includes('fr') }).toEqual({ id: candidate.expert.id, french: true });
    const scores = top.map((c: any) => c.score);
    expect(new Set(scores).size).toBe(5);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(top.map((c: any) => c.rank)).toEqual([1, 2, 3, 4, 5]);
    // The roster has English-only experts for the same subject: matching tells them apart by language.
    const englishOnly = demo.experts.filter(
      (e) => e.status === 'ACTIVE' && !e.languages.includes('fr') && e.thematicAreas.some((t) => action.thematicAreas.includes(t)),
    );
    expect(englishOnly.length).toBeGreaterThan(10);
  });
});
