// The floor: one process answering the explorer query straight from the services' databases with the fewest
// statements it needs (seven, whatever the page size), serialising the same JSON as the graph, and the
// portfolio query from the same tables (bench/portfolio-baseline.js). Any other query is refused.
const { createServer } = require('node:http');
const mysql = require('mysql2/promise');
const { countsTowardSatisfaction, findBeneficiary, RATINGS, satisfactionRate } = require('@mieux/domain');
const { portfolio } = require('./portfolio-baseline');
const { EXPLORER, PORTFOLIO } = require('./workloads');

const port = Number(process.env.PORT);
const db = JSON.parse(process.env.DATABASES);
const url = new URL(process.env.DATABASE_URL);
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username || 'root'),
  password: decodeURIComponent(url.password),
  connectionLimit: 10,
  dateStrings: true,
});

const ids = (list) => (list.length ? list : ['-']);

async function explorer(first) {
  const [actions] = await pool.query(
    `SELECT id, reference, title, status, request_id, beneficiary_code FROM ${db.actions}.action ORDER BY approved_on DESC, id DESC LIMIT ?`,
    [first],
  );
  const actionIds = actions.map((a) => a.id);
  const [[activities], [requests]] = await Promise.all([
    pool.query(`SELECT id, action_id, title, starts_on, status FROM ${db.actions}.activity WHERE action_id IN (?) ORDER BY starts_on, id`, [ids(actionIds)]),
    pool.query(`SELECT id, reference, status FROM ${db.requests}.request WHERE id IN (?)`, [ids(actions.map((a) => a.request_id))]),
  ]);
  const byAction = new Map(actionIds.map((id) => [id, []]));
  for (const a of activities) byAction.get(a.action_id).push(a);
  const shown = actionIds.flatMap((id) => byAction.get(id).slice(0, 7));
  const activityIds = ids(shown.map((a) => a.id));
  const [[deployments], [participation], [evaluations]] = await Promise.all([
    pool.query(`SELECT activity_id, expert_id, role FROM ${db.actions}.deployment WHERE activity_id IN (?) ORDER BY created_at, id`, [activityIds]),
    pool.query(`SELECT activity_id, total, women FROM ${db.monitoring}.participation WHERE current = 1 AND activity_id IN (?)`, [activityIds]),
    pool.query(
      `SELECT activity_id, respondent_type, rating, COUNT(*) AS n FROM ${db.monitoring}.evaluation WHERE activity_id IN (?) GROUP BY activity_id, respondent_type, rating`,
      [activityIds],
    ),
  ]);
  const [experts] = await pool.query(`SELECT id, full_name, employer_type, nationality FROM ${db.experts}.expert WHERE id IN (?)`, [
    ids([...new Set(deployments.map((d) => d.expert_id))]),
  ]);
  const expert = new Map(
    experts.map((e) => [e.id, { displayName: e.full_name ?? 'Erased expert', employerType: e.employer_type, nationality: { code: e.nationality } }]),
  );
  const request = new Map(requests.map((r) => [r.id, { reference: r.reference, status: r.status }]));
  const part = new Map(participation.map((p) => [p.activity_id, { total: p.total, women: p.women }]));
  // Every rating counts in `count`; satisfaction only those of the people served (the domain's rule).
  const ratings = new Map();
  const served = new Map();
  const add = (map, e) => map.set(e.activity_id, { ...(map.get(e.activity_id) ?? {}), [e.rating]: (map.get(e.activity_id)?.[e.rating] ?? 0) + Number(e.n) });
  for (const e of evaluations) {
    add(ratings, e);
    if (countsTowardSatisfaction(e.respondent_type)) add(served, e);
  }
  const deployed = new Map();
  for (const d of deployments) deployed.set(d.activity_id, [...(deployed.get(d.activity_id) ?? []), { role: d.role, expert: expert.get(d.expert_id) }]);
  return {
    data: {
      actions: {
        edges: actions.map((a) => {
          const b = findBeneficiary(a.beneficiary_code);
          return {
            node: {
              reference: a.reference,
              title: a.title,
              status: a.status,
              request: request.get(a.request_id),
              country: { name: b.name.EN, region: b.region },
              activities: {
                edges: byAction
                  .get(a.id)
                  .slice(0, 7)
                  .map((x) => {
                    const r = ratings.get(x.id) ?? {};
                    const count = RATINGS.reduce((s, k) => s + (r[k] ?? 0), 0);
                    return {
                      node: {
                        title: x.title,
                        startsOn: x.starts_on,
                        status: x.status,
                        deployments: { edges: (deployed.get(x.id) ?? []).map((node) => ({ node })) },
                        participation: part.get(x.id) ?? null,
                        evaluations: { count, satisfactionRate: satisfactionRate(served.get(x.id) ?? {}) },
                      },
                    };
                  }),
              },
            },
          };
        }),
      },
    },
  };
}

createServer((req, res) => {
  if (req.method === 'GET') return void res.end('ready');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString());
      if (query !== EXPLORER && query !== PORTFOLIO) throw new Error('the baseline answers the explorer and portfolio queries only');
      const answer = query === EXPLORER ? await explorer(variables.first) : await portfolio(pool, db, variables.filter);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(answer));
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: error.message }] }));
    }
  });
}).listen(port, '127.0.0.1', () => process.stdout.write(`baseline ready ${port}\n`));
process.on('SIGTERM', () => pool.end().then(() => process.exit(0)));
