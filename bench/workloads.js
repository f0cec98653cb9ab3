// The operations measured, as clients and analysts send them.

/** A page of Actions with what four services know of them: three levels of entity fetches. */
const EXPLORER = `query Explorer($first: Int!) {
  actions(first: $first) { edges { node {
    reference title status request { reference status } country { name region }
    activities(first: 7) { title startsOn status
      deployments { role expert { displayName employerType nationality { code } } }
      participation { total women } evaluations { count satisfactionRate } } } } } }`;

const PORTFOLIO = `query Portfolio($filter: PortfolioFilter) {
  portfolio(filter: $filter) {
    actions activities participants womenParticipants policiesSupported expertsDeployed publicOfficialsFromMemberStates
    memberStatesRepresented satisfactionRate launchedOnTimeRate requests
    byThematicArea { value participants expertsDeployed requests } byRegion { value actions participants } byYear { value actions participants } } }`;

const MATCHING = `query Matching($id: ID!) { activity(id: $id) { title candidateExperts(first: 10) { score expert { displayName } } } }`;

/** Each subgraph alone, for a page of its own entities: the service's share of the work without a gateway. */
const DIRECT = {
  requests: `{ requests(first: 50) { edges { node { reference status title country { name } } } } }`,
  actions: `{ actions(first: 50) { edges { node { reference title status activities(first: 7) { title startsOn deployments { role } } } } } }`,
  experts: `{ experts(first: 50) { edges { node { displayName employerType nationality { code } } } } }`,
  monitoring: `query($id: ID!) { evaluationSummary(activityId: $id) { count satisfactionRate distribution { rating count } } }`,
};

module.exports = { EXPLORER, PORTFOLIO, MATCHING, DIRECT };
