import { emptyPortfolioFacts, indexPortfolio, portfolioAnswer, type PortfolioFacts, type PortfolioFilter } from '@mieux/domain';
import { connectToServer } from '@mieux/service-kit';
import { testDatabaseUrl, type RunningGraph } from '@mieux/service-kit/testing';

type Row = Record<string, any>;
const day = (column: string) => `DATE_FORMAT(${column}, '%Y-%m-%d')`;
const list = (value: unknown): string[] => (typeof value === 'string' ? (JSON.parse(value) as string[]) : (value as string[]));

/**
 * The facts read from scratch out of each service's own tables (not from any event), as the services
 * hold them now: what the read model must reproduce once its events have arrived.
 */
export async function factsFromTables(graph: RunningGraph): Promise<PortfolioFacts> {
  const db = await connectToServer(testDatabaseUrl());
  const rows = async (sql: string): Promise<Row[]> => (await db.query(sql))[0] as Row[];
  const { requests, actions, experts, monitoring } = graph.databases;
  try {
    const facts = emptyPortfolioFacts();
    for (const r of await rows(`SELECT id, ${day('expression_of_interest_on')} AS eoi, beneficiary_code, region, thematic_areas FROM \`${requests}\`.request`))
      facts.requests.set(r.id, {
        id: r.id,
        expressionOfInterestOn: r.eoi,
        beneficiaryCode: r.beneficiary_code,
        region: r.region,
        thematicAreas: list(r.thematic_areas),
      });
    for (const a of await rows(`SELECT id, beneficiary_code, region, ${day('approved_on')} AS approved_on, thematic_areas, status FROM \`${actions}\`.action`))
      facts.actions.set(a.id, {
        id: a.id,
        beneficiaryCode: a.beneficiary_code,
        region: a.region,
        approvedOn: a.approved_on,
        thematicAreas: list(a.thematic_areas),
        status: a.status,
      });
    for (const t of await rows(`SELECT id, action_id, type, ${day('starts_on')} AS starts_on, status FROM \`${actions}\`.activity`))
      facts.activities.set(t.id, { id: t.id, actionId: t.action_id, type: t.type, startsOn: t.starts_on, status: t.status });
    for (const d of await rows(`SELECT id, activity_id, expert_id, status FROM \`${actions}\`.deployment`))
      facts.deployments.set(d.id, { id: d.id, activityId: d.activity_id, expertId: d.expert_id, active: d.status === 'ACTIVE' });
    const time = (column: string) => `DATE_FORMAT(${column}, '%Y-%m-%dT%H:%i:%s.%fZ')`;
    for (const i of await rows(
      `SELECT id, activity_id, status, ${time('invited_at')} AS invited_at, ${time('answered_at')} AS answered_at FROM \`${actions}\`.invitation`,
    ))
      facts.invitations.set(i.id, {
        id: i.id,
        activityId: i.activity_id,
        status: i.status,
        invitedAt: i.invited_at,
        acceptedAt: i.status === 'ACCEPTED' ? i.answered_at : null,
      });
    for (const e of await rows(`SELECT id, employer_type, public_official, member_state FROM \`${experts}\`.expert`))
      facts.experts.set(e.id, { id: e.id, employerType: e.employer_type, publicOfficial: Boolean(e.public_official), memberState: e.member_state });
    for (const p of await rows(`SELECT activity_id, total, women FROM \`${monitoring}\`.participation WHERE current = 1`))
      facts.participation.set(p.activity_id, { id: p.activity_id, total: Number(p.total), women: Number(p.women) });
    for (const v of await rows(`SELECT id, activity_id, respondent_type, rating FROM \`${monitoring}\`.evaluation`))
      facts.evaluations.set(v.id, { id: v.id, activityId: v.activity_id, respondentType: v.respondent_type, rating: v.rating });
    for (const r of await rows(`SELECT id, action_id, type FROM \`${monitoring}\`.result`))
      facts.results.set(r.id, { id: r.id, actionId: r.action_id, type: r.type });
    for (const f of await rows(`SELECT action_id, months_after, policy_adopted, practice_in_use FROM \`${monitoring}\`.follow_up`))
      facts.followUps.set(`${f.action_id}|${f.months_after}`, {
        id: `${f.action_id}|${f.months_after}`,
        actionId: f.action_id,
        monthsAfter: Number(f.months_after),
        policyAdopted: Boolean(f.policy_adopted),
        practiceInUse: Boolean(f.practice_in_use),
      });
    return facts;
  } finally {
    await db.end();
  }
}

export const FIGURES = `requests actions activities countriesSupported launchedOnTimeRate expertsDeployed publicOfficialsFromMemberStates
  memberStatesRepresented southSouthExperts invitationsSent invitationsAnswered invitationsAccepted medianDaysToAcceptance participants womenParticipants satisfactionRate policiesSupported sustainabilityRate`;
const SLICES = ['byThematicArea', 'byRegion', 'byYear', 'byCountry', 'byActivityType'] as const;
const DIMENSION_OF = { byThematicArea: 'THEMATIC_AREA', byRegion: 'REGION', byYear: 'YEAR', byCountry: 'COUNTRY', byActivityType: 'ACTIVITY_TYPE' } as const;

/** One query asking every figure of a portfolio and of each of its slices. */
export const PORTFOLIO = `query($filter: PortfolioFilter) { portfolio(filter: $filter) { ${FIGURES}
  ${SLICES.map((s) => `${s} { id dimension value label(lang: FR) ${FIGURES} }`).join('\n  ')} } }`;

/** The answer PORTFOLIO must give, computed from scratch over the facts by the domain's counting rules. */
export function expectedPortfolio(facts: PortfolioFacts, filter: PortfolioFilter, key: string, today: string) {
  const { figures, slices } = portfolioAnswer(indexPortfolio(facts), filter, today);
  return {
    ...figures,
    ...Object.fromEntries(
      SLICES.map((s) => [
        s,
        slices[DIMENSION_OF[s]].map(({ dimension, value, label, ...rest }) => ({
          id: `${key}|${dimension}|${value}`,
          dimension,
          value,
          label: label.FR,
          ...rest,
        })),
      ]),
    ),
  };
}
