import { concurrently, identityOf, outboxEvents } from '@mieux/service-kit/testing';
import { analyst, officer, servicesForTests } from './fixtures';

/** Officers' appraisals of the experts deployed on held activities, against the real actions service. */
const started = servicesForTests();
const staffed = (n: number) => started.actions.held.filter((a) => a.experts.length > 0)[n - 1];

const APPRAISE = `mutation($a: ID!, $e: ID!, $input: ExpertAppraisalInput!) { appraiseExpert(activityId: $a, expertId: $e, input: $input) { expert { id } rating wouldDeployAgain comment } }`;
const READ = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { appraisals { expert { id } rating wouldDeployAgain comment } evaluations { count satisfactionRate } } } }`;
const appraise = (activityId: string, expertId: string, input: Record<string, unknown>, who = officer) =>
  started.subgraph.execute<any>(APPRAISE, { a: activityId, e: expertId, input }, who);
const read = async (activityId: string, who = officer) =>
  (await started.subgraph.execute<any>(READ, { r: [{ __typename: 'Activity', id: activityId }] }, who)).data._entities[0];

describe("an officer's appraisal of a deployed expert", () => {
  it('is recorded for an expert deployed on the held activity, replaced when given again, and read by officers only', async () => {
    const activity = staffed(1);
    const [expertId] = activity.experts;
    expect((await appraise(activity.id, expertId, { rating: 'GOOD', wouldDeployAgain: true })).data.appraiseExpert).toEqual({
      expert: { id: expertId },
      rating: 'GOOD',
      wouldDeployAgain: true,
      comment: null,
    });
    await appraise(activity.id, expertId, { rating: 'EXCELLENT', wouldDeployAgain: true, comment: 'Led the simulation well' });
    expect(await read(activity.id)).toEqual({
      appraisals: [{ expert: { id: expertId }, rating: 'EXCELLENT', wouldDeployAgain: true, comment: 'Led the simulation well' }],
      // Never an evaluation: the satisfaction of the people served does not move.
      evaluations: { count: 0, satisfactionRate: null },
    });
    for (const who of [analyst, identityOf('EXPERT', { expertId }), identityOf('PARTNER', { org: 'institution-a' }), identityOf(null)])
      expect((await read(activity.id, who)).appraisals).toBeNull();
    const events = (await outboxEvents(started.subgraph.database, activity.id)).map((e) => [e.type, e.payload]);
    expect(events).toEqual([
      ['ExpertAppraised', { activityId: activity.id, actionId: activity.actionId, expertId, rating: 'GOOD', wouldDeployAgain: true }],
      ['ExpertAppraised', { activityId: activity.id, actionId: activity.actionId, expertId, rating: 'EXCELLENT', wouldDeployAgain: true }],
    ]);
  });

  it('keeps one appraisal per expert and activity under ten concurrent ones', async () => {
    const activity = staffed(2);
    const [expertId] = activity.experts;
    const results = await concurrently(10, (i) => appraise(activity.id, expertId, { rating: i % 2 ? 'FAIR' : 'GOOD', wouldDeployAgain: i % 2 === 0 }));
    expect(results.map((r) => r.errors)).toEqual(Array(10).fill(undefined));
    expect((await read(activity.id)).appraisals).toHaveLength(1);
  });

  it('refuses an expert not deployed there, an activity not held, and anyone but a project officer', async () => {
    const activity = staffed(3);
    const stranger = await appraise(activity.id, 'expert-not-deployed', { rating: 'GOOD', wouldDeployAgain: true });
    expect(stranger.errors?.[0]).toMatchObject({ message: 'Invalid input: expertId: is not deployed on the activity', extensions: { code: 'BAD_USER_INPUT' } });
    const planned = await appraise(started.actions.planned.id, activity.experts[0], { rating: 'GOOD', wouldDeployAgain: true });
    expect(planned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    const byAnalyst = await appraise(activity.id, activity.experts[0], { rating: 'GOOD', wouldDeployAgain: true }, analyst);
    expect(byAnalyst.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await read(activity.id)).appraisals).toEqual([]);
  });
});
