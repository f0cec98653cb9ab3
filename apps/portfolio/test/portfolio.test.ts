import { createEvent, type EventEnvelope } from '@mieux/events';
import { createLogger, inTransaction, type EventConsumerDefinition } from '@mieux/service-kit';
import { daysFromToday, identityOf, startTestSubgraph, type TestSubgraph } from '@mieux/service-kit/testing';
import type { ServiceContext } from '../src/context';
import { portfolioService } from '../src/service';

/** The portfolio subgraph in-process on MySQL: its consumers' batches folded and kept, its answers, a restarted replica. */
let subgraph: TestSubgraph<ServiceContext>;
let consumers: EventConsumerDefinition[];
beforeAll(async () => {
  subgraph = await startTestSubgraph(portfolioService);
  consumers = portfolioService.consumers!({ config: subgraph.config, logger: createLogger('portfolio', 'silent'), database: subgraph.database });
});
afterAll(() => subgraph?.close());

const consumerOf = (producer: string) => consumers.find((c) => c.producer === producer)!;
const apply = (producer: string, events: EventEnvelope[]) =>
  inTransaction(subgraph.database.dataSource, (manager) => consumerOf(producer).applyBatch!(events, manager));

const QUERY = `query($filter: PortfolioFilter) { portfolio(filter: $filter) {
  key requests actions activities countriesSupported launchedOnTimeRate expertsDeployed publicOfficialsFromMemberStates memberStatesRepresented
  participants womenParticipants satisfactionRate policiesSupported
  byYear { id value label(lang: FR) actions activities participants requests }
  byActivityType { value requests } byThematicArea { value } byRegion { value } byCountry { value label } } }`;
const portfolio = async (server = subgraph, filter: Record<string, unknown> = {}) => {
  const result = await server.execute<any>(QUERY, { filter }, identityOf(null));
  expect(result.errors).toBeUndefined();
  return result.data.portfolio;
};

const approvedOn = daysFromToday(-400);
const heldOn = daysFromToday(-380);

describe('the portfolio subgraph', () => {
  it('folds each producer’s events into figures anyone may read, and keeps the facts for a restarted replica', async () => {
    await apply('requests', [
      createEvent('RequestSubmitted', 'q1', {
        requestId: 'q1',
        reference: 'REQ-2025-001',
        beneficiaryCode: 'GH',
        region: 'AFRICA',
        thematicAreas: ['MIGRATION_AND_DEVELOPMENT'],
        status: 'EXPRESSION_OF_INTEREST',
        submittedAt: new Date().toISOString(),
        expressionOfInterestOn: approvedOn,
      }),
    ]);
    await apply('actions', [
      createEvent('ActionCreated', 'a1', {
        actionId: 'a1',
        requestId: 'q1',
        reference: 'MIEUX-2025-001',
        beneficiaryCode: 'GH',
        region: 'AFRICA',
        thematicAreas: ['MIGRATION_AND_DEVELOPMENT'],
        status: 'IN_IMPLEMENTATION',
        approvedOn,
      }),
      createEvent('ActivityPlanned', 't1', {
        activityId: 't1',
        actionId: 'a1',
        startsOn: heldOn,
        endsOn: heldOn,
        status: 'PLANNED',
        type: 'TRAINING',
        countryCode: 'GH',
      }),
      createEvent('ActivityStatusChanged', 't1', { activityId: 't1', actionId: 'a1', from: 'PLANNED', to: 'HELD' }),
      createEvent('ExpertDeployed', 'd1', { deploymentId: 'd1', activityId: 't1', expertId: 'e1', role: 'EXPERT', startsOn: heldOn, endsOn: heldOn }),
    ]);
    await apply('experts', [
      createEvent('ExpertFactsChanged', 'e1', { expertId: 'e1', employerType: 'EU_MEMBER_STATE_ADMINISTRATION', publicOfficial: true, memberState: 'FR' }),
    ]);
    await apply('monitoring', [
      createEvent('ParticipationRecorded', 't1', { activityId: 't1', actionId: 'a1', total: 20, women: 11, men: 9, undisclosed: 0, byInstitutionType: [] }),
      createEvent('EvaluationSubmitted', 't1', { evaluationId: 'v1', activityId: 't1', actionId: 'a1', respondentType: 'PARTICIPANT', rating: 'EXCELLENT' }),
      createEvent('ResultRecorded', 'a1', { resultId: 'r1', actionId: 'a1', type: 'POLICY', status: 'ADOPTED', date: heldOn, activityIds: ['t1'] }),
    ]);
    const figures = await portfolio();
    expect(figures).toMatchObject({
      key: 'all',
      requests: 1,
      actions: 1,
      activities: 1,
      countriesSupported: 1,
      launchedOnTimeRate: 1,
      expertsDeployed: 1,
      publicOfficialsFromMemberStates: 1,
      memberStatesRepresented: 1,
      participants: 20,
      womenParticipants: 11,
      satisfactionRate: 1,
      policiesSupported: 1,
      byActivityType: [{ value: 'TRAINING', requests: null }],
      byCountry: [{ value: 'GH', label: 'Ghana' }],
    });
    expect(figures.byYear[0]).toMatchObject({ id: `all|YEAR|${approvedOn.slice(0, 4)}`, label: approvedOn.slice(0, 4), actions: 1 });
    expect((await portfolio(subgraph, { region: 'ASIA_AND_PACIFIC' })).actions).toBe(0);

    // A second replica on the same database loads the facts before it answers, and answers the same.
    const replica = await startTestSubgraph(portfolioService, { DATABASE_NAME: subgraph.config.databaseName });
    try {
      expect(await portfolio(replica)).toEqual(figures);
    } finally {
      await replica.close();
    }
  });

  it('forgets what a producer told before its events are replayed', async () => {
    await inTransaction(subgraph.database.dataSource, (manager) => consumerOf('monitoring').reset(manager));
    expect(await portfolio()).toMatchObject({ participants: 0, satisfactionRate: null, policiesSupported: 0, actions: 1 });
  });

  it('is ready once it has caught up with its producers', async () => {
    const module = portfolioService.module({ config: subgraph.config, logger: createLogger('portfolio', 'silent'), database: subgraph.database });
    expect(await module.ready!(undefined)).toBe(true);
  });
});
