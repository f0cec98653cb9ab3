#!/usr/bin/env node
// `npm run bench -w apps/experts`: matchExperts over 5,000 generated experts on a fresh MySQL database
// (TEST_DATABASE_URL), timed in-process after a warm-up. Prints p50/p95/p99 against the 50 ms target.
const { performance } = require('node:perf_hooks');
const { THEMATIC_AREAS, REGIONS, LANGUAGES } = require('@mieux/domain');
const { identityOf, startTestSubgraph } = require('@mieux/service-kit/testing');
const { expertsService } = require('../dist/service');
const { ExpertEntity, ExpertLanguageEntity, ExpertThematicAreaEntity } = require('../dist/expert/expert.entity');

const EXPERTS = 5000;
const RUNS = 200;
const COUNTRIES = ['SN', 'CI', 'GH', 'MA', 'TN', 'JO', 'GE', 'UA', 'PH', 'VN', 'MX', 'CO', 'PE', 'KE', 'ET'];

function* random(seed) {
  let s = seed >>> 0;
  for (;;) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    yield ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

async function main() {
  const rnd = random(5000);
  const pick = (list) => list[Math.floor(rnd.next().value * list.length)];
  const some = (list, n) => [...new Set(Array.from({ length: n }, () => pick(list)))];
  process.stdout.write(`Starting the experts service on a fresh MySQL database…\n`);
  const subgraph = await startTestSubgraph(expertsService);
  try {
    const rows = Array.from({ length: EXPERTS }, (_, i) => {
      const areas = some(THEMATIC_AREAS, 1 + (i % 3));
      return {
        id: `bench-${String(i).padStart(5, '0')}`,
        status: i % 10 === 0 ? 'INACTIVE' : 'ACTIVE',
        fullName: `Expert ${i}`,
        email: `expert.${i}@example.eu`,
        phone: null,
        cvSummary: 'Generated',
        nationality: pick(COUNTRIES),
        employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
        publicOfficial: true,
        memberState: 'FR',
        thematicAreas: areas.map((a) => a.code),
        subTopics: areas.flatMap((a) => some(a.subTopics, 1).map((t) => t.code)),
        languages: [...new Set(['en', ...some(LANGUAGES, 2)])],
        regions: some(REGIONS, 2),
        countriesOfExperience: some(COUNTRIES, 3),
        availability: [{ from: '2027-01-01', to: `2027-${String(1 + (i % 12)).padStart(2, '0')}-28` }],
        consentGivenAt: new Date(),
        privacyNoticeVersion: '2018.1',
        consentWithdrawnAt: null,
        refusalReason: null,
        erasedAt: null,
        appliedAt: new Date(),
      };
    });
    const { dataSource } = subgraph.database;
    for (let start = 0; start < rows.length; start += 500) {
      const chunk = rows.slice(start, start + 500);
      await dataSource.getRepository(ExpertEntity).insert(chunk);
      await dataSource.getRepository(ExpertThematicAreaEntity).insert(chunk.flatMap((e) => e.thematicAreas.map((code) => ({ expertId: e.id, code }))));
      await dataSource.getRepository(ExpertLanguageEntity).insert(chunk.flatMap((e) => e.languages.map((code) => ({ expertId: e.id, code }))));
      process.stdout.write(`\r  ${Math.min(start + 500, rows.length)}/${EXPERTS} experts`);
    }
    process.stdout.write('\n');
    const query = `query($input: MatchInput!) { matchExperts(input: $input, first: 10) { edges { node { score expert { id } reasons { code score } } } } }`;
    const officer = identityOf('PROJECT_OFFICER');
    const inputs = Array.from({ length: RUNS }, (_, i) => ({
      thematicAreas: [THEMATIC_AREAS[i % THEMATIC_AREAS.length].code],
      languages: [pick(['fr', 'es', 'ar', 'ru'])],
      countryCode: pick(COUNTRIES),
      startsOn: '2027-03-01',
      endsOn: '2027-03-03',
      excludeExpertIds: [`bench-0000${i % 10}`],
    }));
    for (const input of inputs.slice(0, 20)) await subgraph.execute(query, { input }, officer);
    const times = [];
    for (const input of inputs) {
      const started = performance.now();
      const result = await subgraph.execute(query, { input }, officer);
      times.push(performance.now() - started);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
    times.sort((a, b) => a - b);
    const at = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
    console.log(
      `matchExperts over ${EXPERTS} experts, ${RUNS} runs: p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms (target p95 ≤ 50 ms: ${Number(at(95)) <= 50 ? 'met' : 'missed'})`,
    );
  } finally {
    await subgraph.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
