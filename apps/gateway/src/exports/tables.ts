/**
 * What the analysts' exports hold, as tables made from the graph's own answers (pure): the portfolio's
 * figures and each of its slices, one row each; the Actions of a filter, one row each. CSV and XLSX are
 * two renderings of the same table.
 */

export type CellValue = string | number | null;

export interface Table {
  /** The sheet's name in a workbook. */
  name: string;
  columns: readonly string[];
  rows: CellValue[][];
}

/** The figures of the portfolio and of each slice, in the order of the columns. */
export const FIGURES = [
  'actions',
  'activities',
  'countriesSupported',
  'participants',
  'womenParticipants',
  'policiesSupported',
  'expertsDeployed',
  'publicOfficialsFromMemberStates',
  'memberStatesRepresented',
  'southSouthExperts',
  'invitationsSent',
  'invitationsAnswered',
  'invitationsAccepted',
  'medianDaysToAcceptance',
  'satisfactionRate',
  'launchedOnTimeRate',
  'sustainabilityRate',
  'requests',
] as const;

/** The slices exported, by the Portfolio field that lists them. */
export const SLICES = ['byThematicArea', 'byRegion', 'byYear', 'byCountry', 'byActivityType'] as const;

type Figures = Record<(typeof FIGURES)[number], number | null>;
export type PortfolioAnswer = Figures & Record<(typeof SLICES)[number], (Figures & { dimension: string; value: string; label: string })[]>;

/** The GraphQL operation whose answer `portfolioTable` reads. */
export const PORTFOLIO_EXPORT_QUERY = `query PortfolioExport($filter: PortfolioFilter, $lang: Language) {
  portfolio(filter: $filter) {
    ${FIGURES.join(' ')}
    ${SLICES.map((s) => `${s} { dimension value label(lang: $lang) ${FIGURES.join(' ')} }`).join('\n    ')}
  }
}`;

/** One row for the whole portfolio (dimension `ALL`), then one per slice. */
export function portfolioTable(portfolio: PortfolioAnswer): Table {
  const figures = (f: Figures) => FIGURES.map((name) => f[name]);
  return {
    name: 'Portfolio',
    columns: ['dimension', 'value', 'label', ...FIGURES],
    rows: [
      ['ALL', '', 'All', ...figures(portfolio)],
      ...SLICES.flatMap((s) => portfolio[s].map((slice) => [slice.dimension, slice.value, slice.label, ...figures(slice)])),
    ],
  };
}

export interface ActionAnswer {
  reference: string;
  title: string;
  status: string;
  country: { code: string; name: string } | null;
  region: string | null;
  thematicAreas: string[];
  approvedOn: string;
  launchTarget: string;
  launchedOn: string | null;
  phase: string | null;
  activityCount: number;
  participants: number | null;
}

/** The GraphQL operation, one page of it, whose answers `actionsTable` reads. */
export const ACTIONS_EXPORT_QUERY = `query ActionsExport($filter: ActionFilter, $after: String, $lang: Language) {
  actions(filter: $filter, first: 100, after: $after) {
    edges { node { reference title status country { code name(lang: $lang) } region thematicAreas approvedOn launchTarget launchedOn phase activityCount participants } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** One row per Action. */
export function actionsTable(actions: readonly ActionAnswer[]): Table {
  return {
    name: 'Actions',
    columns: [
      'reference',
      'title',
      'status',
      'countryCode',
      'country',
      'region',
      'thematicAreas',
      'approvedOn',
      'launchTarget',
      'launchedOn',
      'phase',
      'activities',
      'participants',
    ],
    rows: actions.map((a) => [
      a.reference,
      a.title,
      a.status,
      a.country?.code ?? null,
      a.country?.name ?? null,
      a.region,
      a.thematicAreas.join(' '),
      a.approvedOn,
      a.launchTarget,
      a.launchedOn,
      a.phase,
      a.activityCount,
      a.participants,
    ]),
  };
}

/**
 * RFC 4180 CSV (CRLF, fields quoted when they hold a comma, a quote or a line break). A text that a
 * spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is prefixed with `'`,
 * so a title typed by a partner never runs in an analyst's spreadsheet.
 */
export function toCsv(table: Table): string {
  const cell = (value: CellValue): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
