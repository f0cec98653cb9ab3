import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as ReadExcel from 'read-excel-file/node' with { 'resolution-mode': 'import' };
import { bearer, startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { inProcessGateway } from '../fixtures/in-process-gateway';

/**
 * The analysts' exports through the real gateway on the demo portfolio: the same numbers as the graph
 * answers for the same filter, in CSV and XLSX, behind the graph's authentication. The gateway runs in
 * this process (its export code counts in its coverage), the subgraphs as processes.
 */
// read-excel-file is an ES module with a CommonJS build: required here, typed from its declarations.
const readXlsxFile = (createRequire(__filename)('read-excel-file/node') as typeof ReadExcel).default;
let graph: RunningGraph;
let base: string;
beforeAll(async () => {
  graph = await startGraph({ seedDemo: true, gateway: inProcessGateway });
  base = graph.url.replace(/\/graphql$/, '');
}, 240_000);
afterAll(() => graph?.close(), 60_000);

const analyst: Caller = { role: 'ANALYST', sub: 'analyst@icmpd.org' };

async function download(path: string, as: Caller | null = analyst) {
  const response = await fetch(`${base}${path}`, { headers: as ? { authorization: `Bearer ${await bearer(as)}` } : {} });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** RFC 4180, as a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\r')) {
      cell += c;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i += 1; // the \n of CRLF
    }
  }
  return rows;
}

/** A cell as a value: numbers as numbers, empty as null (a CSV knows no types; a workbook and the graph do). */
const valueOf = (v: unknown) => {
  if (v === '' || v === undefined || v === null) return null;
  return (typeof v === 'string' || typeof v === 'number') && /^-?\d+(\.\d+)?$/.test(String(v)) ? Number(v) : v;
};
const normalised = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, valueOf(v)]));
/** Rows as objects by the header's names. */
const records = (rows: unknown[][]) => {
  const [header, ...body] = rows;
  return body.map((r) => normalised(Object.fromEntries(header.map((h, i) => [String(h), r[i]]))));
};

const FIGURES =
  'actions activities countriesSupported participants womenParticipants policiesSupported expertsDeployed publicOfficialsFromMemberStates memberStatesRepresented ' +
  'southSouthExperts invitationsSent invitationsAnswered invitationsAccepted medianDaysToAcceptance satisfactionRate launchedOnTimeRate sustainabilityRate requests';
const PORTFOLIO = `query($filter: PortfolioFilter) { portfolio(filter: $filter) { ${FIGURES}
  byThematicArea { value label ${FIGURES} } byRegion { value label ${FIGURES} } byYear { value label ${FIGURES} } byCountry { value label ${FIGURES} } byActivityType { value label ${FIGURES} } } }`;

describe('exports through the gateway', () => {
  const filter = { region: 'AFRICA', from: '2016-01-01' };

  it('portfolio.csv holds the graph’s figures for the filter, the whole and every slice', async () => {
    const file = await download('/export/portfolio.csv?region=AFRICA&from=2016-01-01');
    expect(file.status).toBe(200);
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect(file.disposition).toMatch(/^attachment; filename="mieux-portfolio-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = records(parseCsv(file.body.toString('utf8')));
    const { data } = await graph.query(PORTFOLIO, { filter }, analyst);
    const p = data!.portfolio;
    const { byThematicArea, byRegion, byYear, byCountry, byActivityType, ...totals } = p;
    expect(totals.actions).toBeGreaterThan(0);
    expect(rows[0]).toEqual(normalised({ dimension: 'ALL', value: null, label: 'All', ...totals }));
    const slices = [
      ...byThematicArea.map((s: object) => ['THEMATIC_AREA', s]),
      ...byRegion.map((s: object) => ['REGION', s]),
      ...byYear.map((s: object) => ['YEAR', s]),
      ...byCountry.map((s: object) => ['COUNTRY', s]),
      ...byActivityType.map((s: object) => ['ACTIVITY_TYPE', s]),
    ];
    expect(rows.slice(1)).toEqual(slices.map(([dimension, s]) => normalised({ dimension, ...s })));
  });

  it('portfolio.xlsx holds the same rows as the CSV, with labels in French when asked', async () => {
    const csv = parseCsv((await download('/export/portfolio.csv?region=AFRICA&from=2016-01-01&lang=FR')).body.toString('utf8'));
    const file = await download('/export/portfolio.xlsx?region=AFRICA&from=2016-01-01&lang=FR');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(file.body);
    expect(sheet.sheet).toBe('Portfolio');
    expect(records(sheet.data as unknown[][])).toEqual(records(csv));
    const { data } = await graph.query(`query($filter: PortfolioFilter) { portfolio(filter: $filter) { byRegion { label(lang: FR) } } }`, { filter }, analyst);
    expect(
      records(csv)
        .filter((r) => r.dimension === 'REGION')
        .map((r) => r.label),
    ).toEqual(data!.portfolio.byRegion.map((s: { label: string }) => s.label));
  });

  it('actions.csv and actions.xlsx hold every Action of the filter, across pages, as the graph lists them', async () => {
    const listed: Record<string, unknown>[] = [];
    for (let after: string | null = null; ;) {
      const { data }: { data?: any } = await graph.query(
        `query($after: String) { actions(first: 100, after: $after, filter: { status: [COMPLETED, CLOSED], approvedFrom: "2010-01-01" }) {
          edges { node { reference title activityCount participants country { code } } } pageInfo { hasNextPage endCursor } } }`,
        { after },
        analyst,
      );
      listed.push(...data!.actions.edges.map((e: { node: Record<string, unknown> }) => e.node));
      if (!data!.actions.pageInfo.hasNextPage) break;
      after = data!.actions.pageInfo.endCursor;
    }
    expect(listed.length).toBeGreaterThan(100);
    const query = 'status=COMPLETED,CLOSED&approvedFrom=2010-01-01';
    const csv = records(parseCsv((await download(`/export/actions.csv?${query}`)).body.toString('utf8')));
    const shape = (r: Record<string, unknown>) => ({
      reference: r.reference,
      title: r.title,
      activities: r.activities,
      participants: r.participants,
      countryCode: r.countryCode,
    });
    expect(csv.map(shape)).toEqual(
      listed.map((a: any) => ({
        reference: a.reference,
        title: a.title,
        activities: a.activityCount,
        participants: a.participants,
        countryCode: a.country.code,
      })),
    );
    const [sheet] = await readXlsxFile((await download(`/export/actions.xlsx?${query}`)).body);
    expect(records(sheet.data as unknown[][]).map(shape)).toEqual(csv.map(shape));
  });

  it('asks who calls as the graph does: the Actions need a role, the portfolio is public; a bad token is refused', async () => {
    expect((await download('/export/actions.csv', null)).status).toBe(401);
    expect((await download('/export/portfolio.csv', null)).status).toBe(200);
    const forged = await fetch(`${base}/export/portfolio.csv`, { headers: { authorization: 'Bearer not-a-token' } });
    expect(forged.status).toBe(401);
  });

  it('refuses a filter it does not know and a value that does not fit, naming the parameter', async () => {
    const unknown = await download('/export/portfolio.csv?continent=AFRICA');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'continent' });
    const wrong = await download('/export/actions.csv?region=ATLANTIS');
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.body.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'region' });
    const language = await download('/export/portfolio.csv?lang=DE');
    expect(language.status).toBe(400);
    expect(JSON.parse(language.body.toString()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lang' });
  });
});

/** The official IATI 2.03 schema, read where it is provided (never copied into the project). */
const IATI_SCHEMA = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'iati-2.03', 'iati-activities-schema.xsd');

describe('IATI 2.03 through the gateway', () => {
  it('publishes the Actions of a filter as iati-activities that the official schema accepts', async () => {
    const { data } = await graph.query(
      `{ actions(first: 20, filter: { approvedFrom: "2009-01-01" }) { totalCount edges { node { id reference title indicators { name } } } } }`,
      {},
      analyst,
    );
    const first = data!.actions.edges.find((e: any) => e.node.indicators.some((i: { name: string }) => i.name === 'Officials trained'));
    // A second period of an Action's indicator: the file writes each period.
    const period = await graph.query(
      `mutation($a: ID!) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, target: 80, period: "2030" }) { id } }`,
      { a: first.node.id },
      { role: 'PROJECT_OFFICER' },
    );
    expect(period.errors).toBeUndefined();
    const file = await download('/export/iati-activities.xml?approvedFrom=2009-01-01');
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/xml; charset=utf-8');
    const path = join(mkdtempSync(join(tmpdir(), 'mieux-iati-')), 'iati-activities.xml');
    writeFileSync(path, file.body);
    const lint = spawnSync('xmllint', ['--noout', '--schema', IATI_SCHEMA, path], { encoding: 'utf8' });
    expect(lint.stderr.trim().split('\n').slice(-1)[0]).toBe(`${path} validates`);
    expect(lint.status).toBe(0);

    const xml = file.body.toString('utf8');
    const activities = xml.split('<iati-activity ').slice(1);
    expect(activities).toHaveLength(data!.actions.totalCount);
    const mine = activities.find((a) => a.includes(`<iati-identifier>XI-IATI-ICMPD-${first.node.reference}</iati-identifier>`))!;
    expect(mine).toContain('<sector vocabulary="1" code="15190" percentage="100"/>');
    expect(mine).toContain('<default-aid-type code="D02" vocabulary="1"/>');
    expect(mine).toContain(
      '<participating-org ref="XI-IATI-EC_INTPA" type="15" role="1"><narrative>European Union</narrative><narrative xml:lang="fr">Union européenne</narrative>',
    );
    expect(mine).toMatch(
      /<description type="1"><narrative>MIEUX\+ peer-to-peer technical assistance to .+<\/narrative><narrative xml:lang="fr">Assistance technique entre pairs MIEUX\+ auprès de /,
    );
    // Experts from partner countries make some Actions triangular co-operation, the others bilateral.
    expect(activities.some((a) => a.includes('<collaboration-type code="8"/>'))).toBe(true);
    expect(activities.some((a) => a.includes('<collaboration-type code="1"/>'))).toBe(true);
    // Indicators with their baseline and a period with target and actual.
    expect(xml).toMatch(/<indicator measure="1" ascending="1"><title><narrative>Officials trained \(people\)<\/narrative><\/title><baseline year="\d{4}"/);
    const trained = /<indicator measure="1" ascending="1"><title><narrative>Officials trained \(people\)<\/narrative><\/title>.*?<\/indicator>/.exec(mine)![0];
    expect(trained.match(/<period>/g)).toHaveLength(2);
    expect(trained).toContain('<period><period-start iso-date="2030-01-01"/><period-end iso-date="2030-12-31"/><target value="80"/></period></indicator>');
  });

  it('refuses the IATI file to a caller without a role that reads Actions', async () => {
    expect((await download('/export/iati-activities.xml', null)).status).toBe(401);
    const expert = await download('/export/iati-activities.xml', { role: 'EXPERT', sub: 'expert@example.org', expertId: 'e1' });
    expect(expert.status).toBe(403);
    expect(JSON.parse(expert.body.toString()).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

// Last: the monitoring service stays stopped.
describe('an export with a hole', () => {
  it('is refused as a whole, 503 naming the service away, instead of a file whose figures read as zeros', async () => {
    await graph.stop('portfolio');
    const file = await download('/export/portfolio.csv');
    expect(file.status).toBe(503);
    expect(JSON.parse(file.body.toString()).errors[0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'portfolio' });
  });
});
