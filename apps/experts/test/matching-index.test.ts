import { findBeneficiary, MATCHABLE_ROSTER_STATUSES, rotationWindow, type ExpertiseNeed } from '@mieux/domain';
import { generateDemoPortfolio } from '@mieux/demo';
import { createEvent, type EventPayload, type EventType } from '@mieux/events';
import { createLogger, today } from '@mieux/service-kit';
import { givenOnce, identityOf } from '@mieux/service-kit/testing';
import { activitiesConsumer } from '../src/activity/activity.consumer';
import { ActivityCopyEntity, DeploymentCopyEntity } from '../src/activity/activity.entity';
import type { ServiceContext } from '../src/context';
import { MatchingIndex } from '../src/matching/matching.index';
import { rankFromDatabase, rankMatches } from '../src/matching/matching.resolvers';
import { expertsService, rosterOf } from '../src/service';
import { APPLY, application, officer, REVIEW, startExperts, type Subgraph } from './fixtures';

/**
 * The matching index against the ranking made from scratch (the candidates and their deployments
 * read from the database): equal on the demo roster, after a random sequence of the roster's own
 * writes and the actions service's events, and after writes it was not told of (another replica).
 */
const demo = generateDemoPortfolio();
let subgraph: Subgraph;
let ctx: ServiceContext;
// Made in the first test that runs (the kit's givenOnce): starting loads the matching index through the repository, which mutation testing then attributes to that test.
beforeEach(
  givenOnce(async () => {
    subgraph = await startExperts();
    await expertsService.seedDemo!({ database: subgraph.database, logger: createLogger('experts', 'silent'), scale: 1, progress: () => undefined });
    const { manager } = subgraph.database.dataSource;
    await manager.insert(
      ActivityCopyEntity,
      demo.activities.map(({ id: activityId, actionId, startsOn, endsOn, status }) => ({ activityId, actionId, startsOn, endsOn, status })),
    );
    for (let i = 0; i < demo.deployments.length; i += 500)
      await manager.insert(
        DeploymentCopyEntity,
        demo.deployments.slice(i, i + 500).map(({ id: deploymentId, activityId, expertId }) => ({ deploymentId, activityId, expertId, active: true })),
      );
    // Loaded as a replica loads it at start, the demo roster and the copies already stored.
    await rosterOf(subgraph.database).matchingIndex.load();
    ctx = { ...rosterOf(subgraph.database) } as unknown as ServiceContext;
  }),
  120_000,
);
afterAll(() => subgraph?.close());

/** A deterministic sequence of numbers in [0, 1). */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** The needs of demo activities: their Action's areas and sub-topics, their languages, country and dates; the busy left out. */
const needs = demo.activities
  .filter((_, i) => i % 37 === 0)
  .slice(0, 12)
  .map((activity) => {
    const action = demo.actions.find((a) => a.id === activity.actionId)!;
    const need: ExpertiseNeed = {
      thematicAreas: action.thematicAreas,
      subTopics: action.subTopics,
      languages: activity.workingLanguages,
      countryCode: activity.countryCode,
      region: findBeneficiary(activity.countryCode)?.region ?? null,
      startsOn: activity.startsOn,
      endsOn: activity.endsOn,
    };
    const busy = demo.deployments.filter((d) => d.activityId === activity.id).map((d) => d.expertId);
    return { need, busy };
  });
needs.push({ need: { thematicAreas: [], languages: ['fr'] }, busy: [] });

const summary = (ranking: Awaited<ReturnType<typeof rankMatches>>) =>
  ranking.map((m) => ({ id: m.expert.id, rank: m.rank, score: m.score, reasons: m.reasons.map((r) => [r.code, r.score, r.message.EN]) }));

/** For every need: the index's ranking equals the one from scratch, and the index needed no correction (it was current). */
async function expectIndexCurrent(): Promise<void> {
  const index = rosterOf(subgraph.database).matchingIndex;
  await index.sync();
  for (const { need, busy } of needs) {
    const fromScratch = await rankFromDatabase(ctx, need, busy);
    // Kept current by what it was told: the check before answering finds nothing to correct.
    expect(
      await index.verify(
        fromScratch.map((m) => m.expert.id),
        rotationWindow(need, today()),
      ),
    ).toBe(false);
    expect(summary(await rankMatches(ctx, need, busy))).toEqual(summary(fromScratch));
  }
}

/** An event of the actions service applied by the consumer, as its transport would deliver it. */
async function heard<T extends EventType>(type: T, id: string, payload: EventPayload<T>): Promise<void> {
  const handler = activitiesConsumer(rosterOf(subgraph.database).matchingIndex).handlers[type] as (event: unknown, manager: unknown) => Promise<void>;
  await subgraph.database.dataSource.transaction((manager) => handler(createEvent(type, id, payload), manager));
}

const LANGUAGES = ['fr', 'en', 'es', 'ar', 'pt', 'ru'];
const AREAS = ['LEGAL_MIGRATION_AND_MOBILITY', 'IRREGULAR_MIGRATION_AND_TRAFFICKING', 'INTERNATIONAL_PROTECTION_AND_ASYLUM', 'HORIZONTAL_INTERVENTIONS'];
const PROFILE = `mutation($input: ProfileInput!) { updateMyProfile(input: $input) { id } }`;
const AVAILABILITY = `mutation($periods: [AvailabilityInput!]!) { setMyAvailability(periods: $periods) { id } }`;

describe('the matching index', () => {
  it('ranks the demo roster as the database does, for every need', async () => {
    expect(rosterOf(subgraph.database).matchingIndex.size).toBe(demo.experts.filter((e) => e.status === 'ACTIVE').length);
    await expectIndexCurrent();
  });

  it('stays equal to the database after a random sequence of the roster’s writes and the actions service’s events', async () => {
    const next = random(18);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const active = demo.experts.filter((e) => e.status === 'ACTIVE').map((e) => e.id);
    const activities = demo.activities;
    const deployments = [...demo.deployments];
    for (let step = 0; step < 40; step += 1) {
      const expertId = pick(active);
      const asExpert = identityOf('EXPERT', { expertId });
      switch (Math.floor(next() * 8)) {
        case 0: {
          const applied = await subgraph.execute<any>(APPLY, { input: application({ languages: [pick(LANGUAGES)], thematicAreas: [pick(AREAS)] }) });
          const id = applied.data.applyToRoster.id;
          if (next() < 0.7) await subgraph.execute(REVIEW, { id, status: 'ACTIVE' }, officer);
          active.push(id);
          break;
        }
        case 1:
          await subgraph.execute(
            PROFILE,
            { input: { languages: [pick(LANGUAGES), pick(LANGUAGES)], thematicAreas: [pick(AREAS)], countriesOfExperience: ['SN'] } },
            asExpert,
          );
          break;
        case 2:
          await subgraph.execute(AVAILABILITY, { periods: [{ from: '2026-01-01', to: pick(['2026-06-30', '2028-12-31']) }] }, asExpert);
          break;
        case 3:
          await subgraph.execute(REVIEW, { id: expertId, status: 'INACTIVE' }, officer);
          break;
        case 4: {
          const deploymentId = `deployment-random-${step}`;
          const activity = pick(activities);
          await heard('ExpertDeployed', deploymentId, {
            deploymentId,
            activityId: activity.id,
            expertId,
            role: 'EXPERT',
            startsOn: activity.startsOn,
            endsOn: activity.endsOn,
          });
          deployments.push({ id: deploymentId, activityId: activity.id, expertId, role: 'EXPERT' });
          break;
        }
        case 5: {
          const { id: deploymentId, activityId, expertId: deployed } = pick(deployments);
          const facts = { deploymentId, activityId, expertId: deployed };
          if (next() < 0.5) await heard('DeploymentCancelled', deploymentId, { ...facts, reason: 'CANCELLED' });
          else await heard('DeploymentEnded', deploymentId, facts);
          break;
        }
        case 6: {
          const { id: activityId, actionId } = pick(activities);
          const startsOn = pick(['2025-11-03', '2026-04-20']);
          await heard('ActivityRescheduled', activityId, { activityId, actionId, startsOn, endsOn: startsOn });
          break;
        }
        default: {
          const { id: activityId, actionId } = pick(activities);
          await heard('ActivityStatusChanged', activityId, { activityId, actionId, from: 'PLANNED', to: 'CANCELLED' });
        }
      }
      if (step % 10 === 9) await expectIndexCurrent();
    }
  }, 120_000);

  it('answers as the database does after writes it was not told of (another replica, a bulk load), and never proposes an expert no longer matchable', async () => {
    // A need with activities in its rotation window, and two experts proposed at least.
    const { need, busy, recent } = needs
      .filter(({ need }) => need.startsOn)
      .map(({ need, busy }) => {
        const window = rotationWindow(need, today());
        return { need, busy, recent: demo.activities.find((a) => a.startsOn >= window.from && a.startsOn < window.to && a.status !== 'CANCELLED') };
      })
      .find(({ recent }) => recent)!;
    // An index whose copies are always older than their maximum age: it counts the experts stored at each ranking.
    const { experts, activityCopies } = rosterOf(subgraph.database);
    const matchingIndex = new MatchingIndex(experts, activityCopies, 0);
    await matchingIndex.load();
    const ctx = { ...rosterOf(subgraph.database), matchingIndex } as unknown as ServiceContext;
    const [best, second] = await rankMatches(ctx, need, busy);
    const { manager } = subgraph.database.dataSource;
    // Another replica made the best inactive, and its consumer booked the second on an activity in the window.
    await manager.query(`UPDATE expert SET status = 'INACTIVE' WHERE id = ?`, [best.expert.id]);
    await manager.insert(DeploymentCopyEntity, { deploymentId: 'deployment-elsewhere', activityId: recent!.id, expertId: second.expert.id, active: true });
    const answered = await rankMatches(ctx, need, busy);
    expect(answered.map((m) => m.expert.id)).not.toContain(best.expert.id);
    expect(summary(answered)).toEqual(summary(await rankFromDatabase(ctx, need, busy)));
    // Experts written without an audit line are read again with the rest.
    await manager.query(`UPDATE expert SET status = 'ACTIVE' WHERE id = ?`, [best.expert.id]);
    await manager.query(`DELETE FROM expert_thematic_area WHERE expert_id = ?`, [second.expert.id]);
    await manager.query(`DELETE FROM expert_language WHERE expert_id = ?`, [second.expert.id]);
    await manager.query(`DELETE FROM expert WHERE id = ?`, [second.expert.id]);
    const reloaded = await rankMatches(ctx, need, busy);
    expect(reloaded.map((m) => m.expert.id)).not.toContain(second.expert.id);
    expect(summary(reloaded)).toEqual(summary(await rankFromDatabase(ctx, need, busy)));
  });

  it('counts an expert’s deployments again after every event that changes them', () => {
    const { experts, activityCopies } = rosterOf(subgraph.database);
    const index = new MatchingIndex(experts, activityCopies);
    const window = { from: '2025-01-01', to: '2027-01-01' };
    const starts = () => index.recentStarts('expert-x', window);
    index.planned({ activityId: 'a1', startsOn: '2026-03-01', status: 'PLANNED' });
    index.putDeployment({ deploymentId: 'd1', activityId: 'a1', expertId: 'expert-x', active: true });
    expect(starts()).toEqual(['2026-03-01']);
    index.putDeployment({
      deploymentId: 'd2',
      activityId: 'a2',
      expertId: 'expert-x',
      active: true,
      activity: { activityId: 'a2', startsOn: '2025-06-01', status: 'PLANNED' },
    });
    expect(starts()).toEqual(['2025-06-01', '2026-03-01']);
    index.activityChanged('a2', { startsOn: '2024-06-01' });
    expect(starts()).toEqual(['2026-03-01']);
    index.activityChanged('a1', { status: 'CANCELLED' });
    expect(starts()).toEqual([]);
    index.planned({ activityId: 'a1', startsOn: '2026-05-01', status: 'PLANNED' });
    expect(starts()).toEqual(['2026-05-01']);
    index.deploymentEnded('d1');
    expect(starts()).toEqual([]);
    index.putDeployment({ deploymentId: 'd3', activityId: 'a1', expertId: 'expert-x', active: true });
    expect(starts()).toEqual(['2026-05-01']);
    index.forgetCopies();
    expect(starts()).toEqual([]);
  });

  it('reads the copies of the events again once they are older than their maximum age (events another replica applied)', async () => {
    const { experts, activityCopies } = rosterOf(subgraph.database);
    const index = new MatchingIndex(experts, activityCopies, 0);
    await index.load();
    const always = { from: '0000-01-01', to: '9999-12-31' };
    const held = new Set(index.candidates([], []).map((c) => c.id));
    const counted = (await activityCopies.deployments()).find((d) => d.active && d.activity && d.activity.status !== 'CANCELLED' && held.has(d.expertId))!;
    const starts = () => index.recentStarts(counted.expertId, always);
    const before = starts();
    await subgraph.database.dataSource.manager.update(DeploymentCopyEntity, { deploymentId: counted.deploymentId }, { active: false });
    await index.sync();
    expect(starts()).toHaveLength(before.length - 1);
  });

  it('takes in an expert written without an audit line once its copies are older than their maximum age, not at every ranking', async () => {
    const { experts, activityCopies } = rosterOf(subgraph.database);
    const { manager } = subgraph.database.dataSource;
    const [row]: Record<string, unknown>[] = await manager.query(
      `SELECT * FROM expert WHERE status = 'ACTIVE' AND consent_withdrawn_at IS NULL AND erased_at IS NULL LIMIT 1`,
    );
    const written: Record<string, unknown> = { ...row, id: 'expert-written-elsewhere', idempotency_key: null };
    const columns = Object.keys(written);
    const aged = new MatchingIndex(experts, activityCopies, 0);
    const young = new MatchingIndex(experts, activityCopies);
    await Promise.all([aged.load(), young.load()]);
    await manager.query(
      `INSERT INTO expert (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      columns.map((column) => written[column]),
    );
    try {
      await Promise.all([aged.sync(), young.sync()]);
      const holds = (index: MatchingIndex) => index.candidates([], []).some((c) => c.id === 'expert-written-elsewhere');
      expect({ aged: holds(aged), young: holds(young) }).toEqual({ aged: true, young: false });
    } finally {
      await manager.query('DELETE FROM expert WHERE id = ?', ['expert-written-elsewhere']);
    }
  });

  it('reads the roster’s marks counted or not, and the facts of no expert as none', async () => {
    const { experts } = rosterOf(subgraph.database);
    const [{ stored }]: { stored: unknown }[] = await subgraph.database.dataSource.query('SELECT COUNT(*) AS stored FROM expert');
    const counted = await experts.marks(true);
    expect(counted.experts).toBe(Number(stored));
    expect(await experts.marks(false)).toEqual({ audit: counted.audit, experts: null });
    expect(await experts.matchingFacts([])).toEqual([]);
    // Only experts in a status the domain matches are read (the demo roster holds others).
    const [{ matchable }]: { matchable: unknown }[] = await subgraph.database.dataSource.query(
      `SELECT COUNT(*) AS matchable FROM expert WHERE status IN (${MATCHABLE_ROSTER_STATUSES.map(() => '?').join(', ')})`,
      [...MATCHABLE_ROSTER_STATUSES],
    );
    expect(Number(matchable)).toBeLessThan(Number(stored));
    expect((await experts.matchingFacts()).length).toBe(Number(matchable));
  });

  it('leaves out an expert booked or held on the dates the moment the actions service counts them busy', async () => {
    const { need } = needs[1];
    const [first] = await rankMatches(ctx, need, []);
    const answer = await subgraph.execute<any>(
      `query($input: MatchInput!) { matchExperts(input: $input, first: 100) { edges { node { expert { id } } } } }`,
      { input: { ...need, region: undefined, excludeExpertIds: [first.expert.id] } },
      officer,
    );
    expect(answer.data.matchExperts.edges.map((e: any) => e.node.expert.id)).not.toContain(first.expert.id);
  });
});
