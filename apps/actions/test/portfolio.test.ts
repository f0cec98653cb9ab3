import { portfolioKey } from '@mieux/domain';
import { countStatements } from '@mieux/service-kit/testing';
import {
  DEPLOY,
  PLAN,
  SET_STATUS,
  activityInput,
  anonymous,
  createAction,
  officer,
  planActivity,
  startActions,
  startOwners,
  type Owners,
  type Subgraph,
} from './fixtures';

let owners: Owners;
let subgraph: Subgraph;
const experts: Record<string, string> = {};

/**
 * The fixture portfolio, by hand:
 *  A1 SN (Africa), legal migration, approved 2016-03-01: x1 held 2016-04-01 (on time), x2 held, x3 cancelled; e1+e2 on x1, e1 on x2, e4 on x3 (cancelled with it)
 *  A2 MA (Southern Neighbourhood), legal migration + development, approved 2018-06-15: y1 held 2018-10-01 (late), y2 a training
 *     planned for 2019-02-01; e3 on y2
 *  A3 ECOWAS (Africa), development, approved 2021-01-10: no activity yet, target passed (late)
 *  A4 SN, approved 2017-01-01, cancelled: outside every portfolio
 */
beforeAll(async () => {
  owners = await startOwners();
  subgraph = await startActions(owners);
  for (const e of ['e1', 'e2', 'e3', 'e4']) {
    experts[e] = `expert-${e}`;
    owners.experts.set(experts[e], 'ACTIVE');
  }
  const deploy = (activityId: string, expert: string) => subgraph.execute(DEPLOY, { activityId, expertId: experts[expert] }, officer);
  const set = (id: string, status: string) => subgraph.execute(SET_STATUS, { id, status }, officer);

  const a1 = await createAction(subgraph, owners, {
    approvedOn: '2016-03-01',
    country: { code: 'SN', region: 'AFRICA' },
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
  });
  const [x1, x2, x3] = [
    await planActivity(subgraph, a1.id, '2016-04-01', '2016-04-02'),
    await planActivity(subgraph, a1.id, '2016-06-01'),
    await planActivity(subgraph, a1.id, '2016-09-01'),
  ];
  await deploy(x1.id, 'e1');
  await deploy(x1.id, 'e2');
  await deploy(x2.id, 'e1');
  await deploy(x3.id, 'e4');
  await set(x1.id, 'HELD');
  await set(x2.id, 'HELD');
  await set(x3.id, 'CANCELLED');

  const a2 = await createAction(subgraph, owners, {
    approvedOn: '2018-06-15',
    country: { code: 'MA', region: 'SOUTHERN_NEIGHBOURHOOD' },
    thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY', 'MIGRATION_AND_DEVELOPMENT'],
  });
  const y1 = await planActivity(subgraph, a2.id, '2018-10-01');
  const training = activityInput('2019-02-01', '2019-02-01', { type: 'TRAINING', format: 'NEEDS_ASSESSMENT' });
  const y2 = (await subgraph.execute<any>(PLAN, { actionId: a2.id, input: training }, officer)).data.planActivity;
  await deploy(y2.id, 'e3');
  await set(y1.id, 'HELD');

  await createAction(subgraph, owners, {
    approvedOn: '2021-01-10',
    country: { code: 'ECOWAS', region: 'AFRICA' },
    thematicAreas: ['MIGRATION_AND_DEVELOPMENT'],
  });
  const a4 = await createAction(subgraph, owners, { approvedOn: '2017-01-01', country: { code: 'SN', region: 'AFRICA' } });
  await subgraph.execute(`mutation($id: ID!) { cancelAction(id: $id, reason: "Elections") { status } }`, { id: a4.id }, officer);
});
afterAll(async () => {
  await subgraph?.close();
  await owners?.stub.close();
});

const FIGURES = `actions activities countriesSupported launchedOnTimeRate`;
const PORTFOLIO = `query($filter: PortfolioFilter) { portfolio(filter: $filter) { key ${FIGURES}
  byThematicArea { id value label(lang: FR) actions activities } byRegion { value actions countriesSupported } byYear { value actions activities } byCountry { value label(lang: FR) actions }
  byActivityType { value label(lang: FR) actions activities } } }`;

describe('the portfolio', () => {
  it('adds up the whole portfolio, for anyone', async () => {
    const result = await subgraph.execute<any>(PORTFOLIO, {}, anonymous);
    expect(result.data.portfolio).toMatchObject({ key: 'all', actions: 3, activities: 4, countriesSupported: 3, launchedOnTimeRate: 1 / 3 });
    expect(result.data.portfolio.byThematicArea).toEqual([
      {
        id: 'all|THEMATIC_AREA|LEGAL_MIGRATION_AND_MOBILITY',
        value: 'LEGAL_MIGRATION_AND_MOBILITY',
        label: 'Migration légale et mobilité',
        actions: 2,
        activities: 4,
      },
      { id: 'all|THEMATIC_AREA|MIGRATION_AND_DEVELOPMENT', value: 'MIGRATION_AND_DEVELOPMENT', label: 'Migration et développement', actions: 2, activities: 2 },
    ]);
    expect(result.data.portfolio.byRegion).toEqual([
      { value: 'AFRICA', actions: 2, countriesSupported: 2 },
      { value: 'SOUTHERN_NEIGHBOURHOOD', actions: 1, countriesSupported: 1 },
    ]);
    // Actions by the year of their approval, activities by the year they are held: y2 is in 2019.
    expect(result.data.portfolio.byYear).toEqual([
      { value: '2016', actions: 1, activities: 2 },
      { value: '2018', actions: 1, activities: 1 },
      { value: '2019', actions: 0, activities: 1 },
      { value: '2021', actions: 1, activities: 0 },
    ]);
    expect(result.data.portfolio.byActivityType).toEqual([
      { value: 'INFORMATION_EXCHANGE', label: "Échange d'informations", actions: 2, activities: 3 },
      { value: 'TRAINING', label: 'Formation', actions: 1, activities: 1 },
    ]);
    expect(result.data.portfolio.byCountry).toEqual([
      { value: 'ECOWAS', label: "Communauté économique des États de l'Afrique de l'Ouest", actions: 1 },
      { value: 'MA', label: 'Maroc', actions: 1 },
      { value: 'SN', label: 'Sénégal', actions: 1 },
    ]);
  });

  it.each([
    [
      { from: '2016-01-01', to: '2019-12-31' },
      { actions: 2, activities: 4, countriesSupported: 2, launchedOnTimeRate: 0.5 },
    ],
    [{ region: 'AFRICA' }, { actions: 2, activities: 2, countriesSupported: 2, launchedOnTimeRate: 0.5 }],
    [{ phase: 'MIEUX_PLUS' }, { actions: 1, activities: 0, countriesSupported: 1, launchedOnTimeRate: 0 }],
    [
      { thematicArea: 'MIGRATION_AND_DEVELOPMENT', countryCode: 'ma' },
      { actions: 1, activities: 2, countriesSupported: 1, launchedOnTimeRate: 0 },
    ],
  ])('filters by %j', async (filter, figures) => {
    expect((await subgraph.execute<any>(PORTFOLIO, { filter }, anonymous)).data.portfolio).toMatchObject(figures);
  });

  it('resolves the sets other services aggregate over, for the portfolio and its slices', async () => {
    const key = portfolioKey({ from: '2016-01-01', to: '2019-12-31' });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Portfolio { actionIds activityIds deployedExpertIds }
      ... on PortfolioSlice { actionIds deployedExpertIds } } }`;
    const result = await subgraph.execute<any>(
      query,
      {
        r: [
          { __typename: 'Portfolio', key },
          { __typename: 'PortfolioSlice', id: `${key}|REGION|AFRICA` },
        ],
      },
      anonymous,
    );
    const [portfolio, africa] = result.data._entities;
    expect(portfolio.actionIds).toHaveLength(2);
    expect(portfolio.activityIds).toHaveLength(4);
    expect([...portfolio.deployedExpertIds].sort()).toEqual(['expert-e1', 'expert-e2', 'expert-e3']);
    expect(africa.actionIds).toHaveLength(1);
    expect([...africa.deployedExpertIds].sort()).toEqual(['expert-e1', 'expert-e2']);
  });

  it('costs three statements, whatever is asked of it', async () => {
    const statements = await countStatements(subgraph.database, () => subgraph.execute(PORTFOLIO, {}, anonymous));
    expect(statements).toBe(3);
  });
});
