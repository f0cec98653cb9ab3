// The portfolio's floor without a read model: at each request, the facts read straight from the services'
// own tables (one statement per kind of fact), counted by the domain's rules, as the read model counts
// the same facts told by the events. Its figures must equal the graph's: the bench compares them.
const { emptyPortfolioFacts, indexPortfolio, portfolioAnswer } = require('@mieux/domain');
const { PORTFOLIO_FIGURES, PORTFOLIO_SLICES } = require('./workloads');

const date = (column) => `DATE_FORMAT(${column}, '%Y-%m-%d')`;
const time = (column) => `DATE_FORMAT(${column}, '%Y-%m-%dT%H:%i:%s.%fZ')`;
const areas = (value) => (typeof value === 'string' ? JSON.parse(value) : value);

/** Each kind of fact: its statement over the services' databases and the fact of one row. */
const FACTS = {
  requests: [
    (db) =>
      `SELECT id, ${date('expression_of_interest_on')} AS expressionOfInterestOn, beneficiary_code AS beneficiaryCode, region, thematic_areas AS thematicAreas FROM ${db.requests}.request`,
    (r) => ({ ...r, thematicAreas: areas(r.thematicAreas) }),
  ],
  actions: [
    (db) =>
      `SELECT id, beneficiary_code AS beneficiaryCode, region, ${date('approved_on')} AS approvedOn, thematic_areas AS thematicAreas, status FROM ${db.actions}.action`,
    (r) => ({ ...r, thematicAreas: areas(r.thematicAreas) }),
  ],
  activities: [(db) => `SELECT id, action_id AS actionId, type, ${date('starts_on')} AS startsOn, status FROM ${db.actions}.activity`, (r) => r],
  deployments: [
    (db) => `SELECT id, activity_id AS activityId, expert_id AS expertId, status FROM ${db.actions}.deployment`,
    ({ status, ...r }) => ({ ...r, active: status === 'ACTIVE' }),
  ],
  invitations: [
    (db) =>
      `SELECT id, activity_id AS activityId, status, ${time('invited_at')} AS invitedAt, ${time('answered_at')} AS answeredAt FROM ${db.actions}.invitation`,
    ({ answeredAt, ...r }) => ({ ...r, acceptedAt: r.status === 'ACCEPTED' ? answeredAt : null }),
  ],
  experts: [
    (db) => `SELECT id, employer_type AS employerType, public_official AS publicOfficial, member_state AS memberState FROM ${db.experts}.expert`,
    (r) => ({ ...r, publicOfficial: Boolean(r.publicOfficial) }),
  ],
  participation: [
    (db) => `SELECT activity_id AS id, total, women FROM ${db.monitoring}.participation WHERE current = 1`,
    (r) => ({ id: r.id, total: Number(r.total), women: Number(r.women) }),
  ],
  evaluations: [(db) => `SELECT id, activity_id AS activityId, respondent_type AS respondentType, rating FROM ${db.monitoring}.evaluation`, (r) => r],
  results: [(db) => `SELECT id, action_id AS actionId, type FROM ${db.monitoring}.result`, (r) => r],
  followUps: [
    (db) =>
      `SELECT CONCAT(action_id, '|', months_after) AS id, action_id AS actionId, months_after AS monthsAfter, policy_adopted AS policyAdopted, practice_in_use AS practiceInUse FROM ${db.monitoring}.follow_up`,
    (r) => ({ ...r, monthsAfter: Number(r.monthsAfter), policyAdopted: Boolean(r.policyAdopted), practiceInUse: Boolean(r.practiceInUse) }),
  ],
};

/** The fields of `PORTFOLIO_FIGURES`/`PORTFOLIO_SLICES` out of a domain answer, as GraphQL would serialise them. */
function project({ figures, slices }) {
  const pick = (from, fields) => Object.fromEntries(fields.map((f) => [f, from[f]]));
  return {
    ...pick(figures, PORTFOLIO_FIGURES),
    ...Object.fromEntries(Object.entries(PORTFOLIO_SLICES).map(([name, { dimension, fields }]) => [name, slices[dimension].map((s) => pick(s, fields))])),
  };
}

/**
 * The workloads' portfolio query for `filter`, from the tables.
 * @param {import('mysql2/promise').Pool} pool
 * @param {Record<string, string>} db each service's database
 * @param {object} filter
 */
async function portfolio(pool, db, filter) {
  const facts = emptyPortfolioFacts();
  await Promise.all(
    Object.entries(FACTS).map(async ([kind, [sql, fact]]) => {
      const [rows] = await pool.query(sql(db));
      for (const row of rows) facts[kind].set(row.id, fact(row));
    }),
  );
  const answer = portfolioAnswer(indexPortfolio(facts), filter ?? {}, new Date().toISOString().slice(0, 10));
  return { data: { portfolio: project(answer) } };
}

module.exports = { portfolio };
