// @ts-check
// The operations measured, as clients and analysts send them, and the requests each workload varies
// over. A headline workload varies its variables and is sent by a different caller on each connection,
// so nothing can be shared between requests in flight; the identical-request rows are kept beside them
// and labelled as the best case (ten connections sending the same bytes as one caller).

/** A page of Actions with what four services know of them: three levels of entity fetches. */
const EXPLORER = `query Explorer($first: Int!) {
  actions(first: $first) { edges { node {
    reference title status request { reference status } country { name region }
    activities(first: 7) { edges { node { title startsOn status
      deployments { edges { node { role expert { displayName employerType nationality { code } } } } }
      participation { total women } evaluations { count satisfactionRate } } } } } } } }`;

/**
 * The same page as the explorer before the actions service kept the experts' cards: a field of the
 * expert beyond the card (`languages`) is not provided by `Deployment.expert`, so the gateway fetches
 * every deployed expert from the experts service, as it did for the whole card before `@provides`.
 * Beside the explorer row it measures what the copy saves.
 */
const EXPLORER_EXPERTS_FETCHED = EXPLORER.replace(
  'expert { displayName employerType nationality { code } }',
  'expert { displayName employerType nationality { code } languages }',
);

/** The portfolio's figures and slices the workloads ask (the direct-SQL baseline answers the same fields). */
const PORTFOLIO_FIGURES = `actions activities participants womenParticipants policiesSupported expertsDeployed publicOfficialsFromMemberStates
  memberStatesRepresented southSouthExperts invitationsSent invitationsAnswered invitationsAccepted medianDaysToAcceptance satisfactionRate sustainabilityRate launchedOnTimeRate requests`.split(
  /\s+/,
);
const PORTFOLIO_SLICES = {
  byThematicArea: { dimension: 'THEMATIC_AREA', fields: ['value', 'participants', 'expertsDeployed', 'requests'] },
  byRegion: { dimension: 'REGION', fields: ['value', 'actions', 'participants'] },
  byYear: { dimension: 'YEAR', fields: ['value', 'actions', 'participants'] },
};

const PORTFOLIO = `query Portfolio($filter: PortfolioFilter) {
  portfolio(filter: $filter) {
    ${PORTFOLIO_FIGURES.join(' ')}
    ${Object.entries(PORTFOLIO_SLICES)
      .map(([slice, { fields }]) => `${slice} { ${fields.join(' ')} }`)
      .join(' ')} } }`;

const MATCHING = `query Matching($id: ID!) { activity(id: $id) { title candidateExperts(first: 10) { edges { node { score expert { displayName } } } } } }`;

/** Each subgraph alone, for a page of its own entities: the service's share of the work without a gateway. */
const DIRECT = {
  requests: `{ requests(first: 50) { edges { node { reference status title country { name } } } } }`,
  actions: `{ actions(first: 50) { edges { node { reference title status activities(first: 7) { edges { node { title startsOn deployments { edges { node { role } } } } } } } } } }`,
  experts: `{ experts(first: 50) { edges { node { displayName employerType nationality { code } } } } }`,
  monitoring: `query($id: ID!) { evaluationSummary(activityId: $id) { count satisfactionRate distribution { rating count } } }`,
  portfolio: PORTFOLIO,
};

/** `YYYY-MM-DD`, `days` after `start`. */
const dayAfter = (/** @type {string} */ start, /** @type {number} */ days) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const range = (/** @type {number} */ n) => Array.from({ length: n }, (_, i) => i);

/**
 * @typedef {{ name: string, query: string, variables: Array<Record<string, unknown>>, targets: string[], callers: 'distinct'|'one', headline?: string }} Workload
 */

/**
 * The workloads of one scale. `activityIds` are activities to match experts for (one per request).
 * @param {string[]} activityIds
 * @returns {Workload[]}
 */
function workloads(activityIds) {
  const gateways = ['ours', 'hive'];
  return [
    {
      name: 'explorer, pages of 45-55 Actions, distinct callers',
      headline: 'explorer',
      query: EXPLORER,
      variables: range(11).map((i) => ({ first: 45 + i })),
      targets: [...gateways, 'direct SQL'],
      callers: 'distinct',
    },
    {
      name: 'explorer as before @provides (every deployed expert fetched from the experts service), distinct callers',
      headline: 'explorer-experts-fetched',
      query: EXPLORER_EXPERTS_FETCHED,
      variables: range(11).map((i) => ({ first: 45 + i })),
      targets: gateways,
      callers: 'distinct',
    },
    {
      name: 'portfolio, all, with slices, distinct callers',
      headline: 'portfolio-all',
      query: PORTFOLIO,
      // Every Action is approved before 2030: the whole portfolio under twenty different keys.
      variables: range(20).map((i) => ({ filter: { to: dayAfter('2030-01-01', i) } })),
      targets: [...gateways, 'direct SQL'],
      callers: 'distinct',
    },
    {
      name: 'portfolio, Africa since 2016, distinct callers',
      headline: 'portfolio-africa',
      query: PORTFOLIO,
      variables: range(20).map((i) => ({ filter: { region: 'AFRICA', from: dayAfter('2016-01-01', i) } })),
      targets: [...gateways, 'direct SQL'],
      callers: 'distinct',
    },
    {
      name: 'matching (candidateExperts), distinct activities and callers',
      headline: 'matching',
      query: MATCHING,
      variables: activityIds.map((id) => ({ id })),
      targets: gateways,
      callers: 'distinct',
    },
    {
      name: 'best case: explorer, 50 Actions, identical requests, one caller',
      query: EXPLORER,
      variables: [{ first: 50 }],
      targets: [...gateways, 'direct SQL'],
      callers: 'one',
    },
    {
      name: 'best case: portfolio, all, identical requests, one caller',
      query: PORTFOLIO,
      variables: [{}],
      targets: [...gateways, 'direct SQL'],
      callers: 'one',
    },
  ];
}

/**
 * Each subgraph alone (called directly with a signed identity), identical requests.
 * @param {readonly string[]} subgraphs
 * @param {string} activityId
 * @returns {Workload[]}
 */
const subgraphWorkloads = (subgraphs, activityId) =>
  subgraphs.map((s) => ({
    name: `${s} subgraph alone, identical requests`,
    query: DIRECT[/** @type {keyof typeof DIRECT} */ (s)],
    variables: [s === 'monitoring' ? { id: activityId } : {}],
    targets: [s],
    callers: /** @type {const} */ ('one'),
  }));

module.exports = {
  EXPLORER,
  EXPLORER_EXPERTS_FETCHED,
  PORTFOLIO,
  PORTFOLIO_FIGURES,
  PORTFOLIO_SLICES,
  MATCHING,
  DIRECT,
  workloads,
  subgraphWorkloads,
  dayAfter,
};
