import { revertLastMigration } from '@mieux/service-kit';
import { concurrently, migrationDataSource, outboxEvents } from '@mieux/service-kit/testing';
import { CreateMonitoring1764000000000 } from '../src/migrations/1764000000000-create-monitoring';
import { IndicatorPeriods1765400000000 } from '../src/migrations/1765400000000-indicator-periods';
import { monitoringService } from '../src/service';
import { analyst, officer, servicesForTests } from './fixtures';

/** Indicators measured per period (baseline, and per period a target and an actual), against the real actions service. */
const services = servicesForTests();
const SET = `mutation($a: ID!, $name: String!, $baseline: Float!, $target: Float!, $actual: Float, $period: String!) {
  setIndicator(actionId: $a, input: { name: $name, unit: "people", baseline: $baseline, target: $target, actual: $actual, period: $period }) {
    id baseline periods { period target actual progress } } }`;
const set = (a: string, name: string, period: string, target: number, actual: number | null, baseline = 0) =>
  services.subgraph.execute<any>(SET, { a, name, baseline, target, actual, period }, officer);
const indicatorsOf = async (actionId: string) =>
  (
    await services.subgraph.execute<any>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { indicators { name baseline periods { period target actual progress } target actual period progress } } } }`,
      { r: [{ __typename: 'Action', id: actionId }] },
      analyst,
    )
  ).data._entities[0].indicators;
const actionIds = () => [...services.actions.heldByAction.keys()];

describe('indicator periods', () => {
  it('keeps the earlier periods when a new one is set, in the order of their names, and updates a period in place', async () => {
    const [actionId] = actionIds();
    await set(actionId, 'Officials trained', '2028', 60, null);
    await set(actionId, 'Officials trained', '2027', 40, 30);
    const updated = await set(actionId, 'Officials trained', '2027', 40, 36, 4);
    expect(updated.errors).toBeUndefined();
    expect(updated.data.setIndicator).toMatchObject({ baseline: 4 });
    expect(await indicatorsOf(actionId)).toEqual([
      {
        name: 'Officials trained',
        baseline: 4,
        periods: [
          { period: '2027', target: 40, actual: 36, progress: 32 / 36 },
          { period: '2028', target: 60, actual: null, progress: null },
        ],
        // The fields of one period read the last.
        target: 60,
        actual: null,
        period: '2028',
        progress: null,
      },
    ]);
    expect(Number((await services.subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM indicator WHERE action_id = ?', [actionId]))[0].n)).toBe(1);
  });

  it('bounds the periods of an indicator at 20 under 25 concurrent new periods, naming input.period for the ones refused', async () => {
    const [, actionId] = actionIds();
    const answers = await concurrently(25, (i) => set(actionId, 'Procedures adopted', String(2010 + i), 5, i % 5));
    const refused = answers.filter((a) => a.errors);
    expect(refused).toHaveLength(5);
    for (const answer of refused) {
      expect(answer.errors?.[0]).toMatchObject({
        message: 'input.period is a new period, and an indicator has at most 20 periods',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.period', reason: 'TOO_MANY_PERIODS' },
      });
    }
    const [indicator] = await indicatorsOf(actionId);
    expect(indicator.periods).toHaveLength(20);
    expect(indicator.periods.map((p: { period: string }) => p.period)).toEqual([...indicator.periods.map((p: { period: string }) => p.period)].sort());
    // A period already there is still updated.
    expect((await set(actionId, 'Procedures adopted', indicator.periods[0].period, 6, 6)).errors).toBeUndefined();
    expect(Number((await services.subgraph.database.dataSource.query('SELECT COUNT(*) AS n FROM indicator WHERE action_id = ?', [actionId]))[0].n)).toBe(1);
  });
});

describe('an indicator period actual by sex', () => {
  const SET_BY_SEX = `mutation($a: ID!, $unit: String!, $actual: Float, $bySex: PeopleBySexInput, $period: String! = "2027") {
    setIndicator(actionId: $a, input: { name: "People reached", unit: $unit, baseline: 0, target: 40, actual: $actual, period: $period, actualBySex: $bySex }) {
      periods { period actual actualBySex { women men undisclosed } } } }`;
  const setBySex = (a: string, unit: string, actual: number | null, bySex: object | null, period = '2027') =>
    services.subgraph.execute<any>(SET_BY_SEX, { a, unit, actual, bySex, period }, officer);
  const periodsOf = async (actionId: string) =>
    (
      await services.subgraph.execute<any>(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Action { indicators { name periods { period actual actualBySex { women men undisclosed } } } } } }`,
        { r: [{ __typename: 'Action', id: actionId }] },
        analyst,
      )
    ).data._entities[0].indicators.find((i: { name: string }) => i.name === 'People reached').periods;

  it('is kept for an indicator counting people when women, men and undisclosed sum to the actual, and dropped when set again without it', async () => {
    const [actionId] = actionIds();
    const bySex = { women: 21, men: 17, undisclosed: 2 };
    const set = await setBySex(actionId, 'Participants', 40, bySex);
    expect(set.errors).toBeUndefined();
    expect(set.data.setIndicator.periods).toEqual([{ period: '2027', actual: 40, actualBySex: bySex }]);
    expect(await periodsOf(actionId)).toEqual([{ period: '2027', actual: 40, actualBySex: bySex }]);
    const event = (await outboxEvents(services.subgraph.database, actionId)).filter((e) => e.type === 'IndicatorSet').at(-1);
    expect(event?.payload).toMatchObject({ unit: 'Participants', actual: 40, actualBySex: bySex });

    expect((await setBySex(actionId, 'people', 41, null)).errors).toBeUndefined();
    expect(await periodsOf(actionId)).toEqual([{ period: '2027', actual: 41, actualBySex: null }]);
  });

  it.each([
    ['a sum other than the actual', 'people', 40, { women: 20, men: 17, undisclosed: 2 }, 'must sum to the actual (40): women + men + undisclosed is 39'],
    ['no actual to divide', 'people', null, { women: 20, men: 20, undisclosed: 0 }, 'needs the actual it divides'],
    ['a unit that does not count people', 'documents', 40, { women: 20, men: 20, undisclosed: 0 }, 'is only for indicators counting people'],
  ])('is refused with BAD_USER_INPUT naming input.actualBySex for %s, and nothing is written', async (_, unit, actual, bySex, message) => {
    const [, , actionId] = actionIds();
    const refused = await setBySex(actionId, unit, actual, bySex);
    expect(refused.errors?.[0].message).toContain(`input.actualBySex ${message}`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actualBySex' });
    expect(
      Number(
        (
          await services.subgraph.database.dataSource.query("SELECT COUNT(*) AS n FROM indicator WHERE action_id = ? AND name = 'People reached'", [actionId])
        )[0].n,
      ),
    ).toBe(0);
  });

  it('keeps the unit one that counts people while a period holds it (BAD_USER_INPUT naming input.unit), and nothing is written', async () => {
    const [, actionId] = actionIds();
    const bySex = { women: 10, men: 10, undisclosed: 0 };
    expect((await setBySex(actionId, 'people', 20, bySex)).errors).toBeUndefined();
    const refused = await setBySex(actionId, 'documents', 3, null, '2028');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unit' });
    expect(await periodsOf(actionId)).toEqual([{ period: '2027', actual: 20, actualBySex: bySex }]);
    expect(
      (await services.subgraph.database.dataSource.query("SELECT unit FROM indicator WHERE action_id = ? AND name = 'People reached'", [actionId]))[0].unit,
    ).toBe('people');
    // The period that held it, set again without it, frees the unit.
    expect((await setBySex(actionId, 'documents', 3, null)).errors).toBeUndefined();
  });

  it('is refused with BAD_USER_INPUT naming the count that is not a whole number of people', async () => {
    const [actionId] = actionIds();
    const refused = await setBySex(actionId, 'people', 40, { women: -1, men: 41, undisclosed: 0 });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actualBySex.women' });
  });
});

describe('the migration to indicators by sex', () => {
  it.each(['MySQL', 'the embedded database'] as const)(
    'adds the three counts to every period, none for those recorded before, and reverts (%s)',
    async (kind) => {
      const { dataSource, drop } = await migrationDataSource(kind, 'monitoring_by_sex', monitoringService.migrations);
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        while ((await revertLastMigration(dataSource)) !== 'IndicatorActualBySex1766700000000');
        await dataSource.query(`INSERT INTO indicator (id, action_id, name, unit, baseline) VALUES ('i1', 'a1', 'Officials trained', 'people', 0)`);
        await dataSource.query(`INSERT INTO indicator_period (indicator_id, period, target, actual) VALUES ('i1', '2027', 40, 30)`);
        await dataSource.runMigrations({ transaction: 'each' });
        expect(await dataSource.query('SELECT period, actual, actual_women, actual_men, actual_undisclosed FROM indicator_period')).toEqual([
          { period: '2027', actual: 30, actual_women: null, actual_men: null, actual_undisclosed: null },
        ]);
        while ((await revertLastMigration(dataSource)) !== 'IndicatorActualBySex1766700000000');
        expect(await dataSource.query('SELECT * FROM indicator_period')).toEqual([{ indicator_id: 'i1', period: '2027', target: 40, actual: 30 }]);
      } finally {
        await dataSource.destroy();
        await drop();
      }
    },
  );
});

/** A DataSource on a new MySQL test database, or on the embedded database, with the two migrations; and how to drop it. */
const migrationsOn = (kind: 'MySQL' | 'the embedded database') =>
  migrationDataSource(kind, 'monitoring_periods', [CreateMonitoring1764000000000, IndicatorPeriods1765400000000]);

describe('the migration to indicator periods', () => {
  it.each(['MySQL', 'the embedded database'] as const)(
    "keeps each indicator's target, actual and period as its first period, and gives the last back when reverted (%s)",
    async (kind) => {
      const { dataSource, drop } = await migrationsOn(kind);
      await dataSource.initialize();
      try {
        await dataSource.runMigrations({ transaction: 'each' });
        await revertLastMigration(dataSource);
        await dataSource.query(
          `INSERT INTO indicator (id, action_id, name, unit, baseline, target, actual, period) VALUES
             ('i1', 'a1', 'Officials trained', 'people', 0, 40, 30, '2016-2018'), ('i2', 'a1', 'Manuals', 'documents', 1, 3, NULL, '2019')`,
        );
        await dataSource.runMigrations({ transaction: 'each' });
        expect(await dataSource.query('SELECT id, name, unit, baseline FROM indicator ORDER BY id')).toEqual([
          { id: 'i1', name: 'Officials trained', unit: 'people', baseline: 0 },
          { id: 'i2', name: 'Manuals', unit: 'documents', baseline: 1 },
        ]);
        expect(await dataSource.query('SELECT indicator_id, period, target, actual FROM indicator_period ORDER BY indicator_id')).toEqual([
          { indicator_id: 'i1', period: '2016-2018', target: 40, actual: 30 },
          { indicator_id: 'i2', period: '2019', target: 3, actual: null },
        ]);
        await dataSource.query(`INSERT INTO indicator_period (indicator_id, period, target, actual) VALUES ('i1', '2019', 50, 45)`);
        await revertLastMigration(dataSource);
        expect(await dataSource.query('SELECT id, target, actual, period FROM indicator ORDER BY id')).toEqual([
          { id: 'i1', target: 50, actual: 45, period: '2019' },
          { id: 'i2', target: 3, actual: null, period: '2019' },
        ]);
      } finally {
        await dataSource.destroy();
        await drop();
      }
    },
  );
});
