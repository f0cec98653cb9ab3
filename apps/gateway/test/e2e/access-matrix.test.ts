import { startGraph, type Caller, type RunningGraph } from '@mieux/service-kit/testing';
import { analyst, committee, followedAction, officer, type FollowedAction } from './people';

/**
 * Who reads what of one request and its Action, through the gateway on MySQL: the partners of its
 * institutions (one linked before the Action was created, one after), a partner of another
 * institution, anonymous callers, and each role. One table: each reader, each thing read, exactly
 * what comes back (the data, null or an empty list, or the error's code).
 */
let graph: RunningGraph;
let world: FollowedAction;
beforeAll(async () => {
  graph = await startGraph();
  world = await followedAction(graph);
}, 360_000);
afterAll(() => graph?.close(), 60_000);

const READS = {
  request: `query($r: ID!) { request(id: $r) { status partners { name } } }`,
  action: `query($a: ID!) { action(id: $a) { status request { status } } }`,
  activities: `query($a: ID!) { action(id: $a) { activities { edges { node { title status } } } } }`,
  activity: `query($t: ID!) { activity(id: $t) { title status } }`,
  expertCard: `query($t: ID!) { activity(id: $t) { deployments { edges { node { role expert { publicOfficial euNational displayName employerType memberState { code } email } } } } } }`,
  participation: `query($t: ID!) { activity(id: $t) { participation { total women men } } }`,
  results: `query($a: ID!) { action(id: $a) { results { type status title } } }`,
  indicators: `query($a: ID!) { action(id: $a) { indicators { name periods { period target actual } } } }`,
  evaluations: `query($t: ID!) { activity(id: $t) { evaluations { count satisfactionRate evaluations { totalCount } } } }`,
};
type Read = keyof typeof READS;

/** A reader as the table names it; the ids of the world are filled in once it exists. */
type Reader = 'institution' | 'linkedLater' | 'other' | 'anonymous' | 'officer' | 'committee' | 'expert' | 'deployedExpert' | 'analyst' | 'admin';
function callerOf(reader: Reader): Caller | null {
  switch (reader) {
    case 'institution':
      return { role: 'PARTNER', sub: 'ama@employment.gov.gh', org: world.institution };
    case 'linkedLater':
      return { role: 'PARTNER', sub: 'kwame@labour.gov.gh', org: world.linkedLater };
    case 'other':
      return { role: 'PARTNER', sub: 'efua@gis.gov.gh', org: world.other };
    case 'anonymous':
      return null;
    case 'officer':
      return officer;
    case 'committee':
      return committee;
    case 'expert':
      return { role: 'EXPERT', sub: 'not.deployed@gov.example.eu', expertId: '00000000-0000-4000-8000-000000000999' };
    case 'deployedExpert':
      return { role: 'EXPERT', sub: 'eva.berg@gov.example.eu', expertId: world.expertId };
    case 'analyst':
      return analyst;
    case 'admin':
      return { role: 'ADMIN', sub: 'admin@icmpd.org' };
  }
}

async function read(reader: Reader, what: Read): Promise<unknown> {
  const result = await graph.query<any>(READS[what], { r: world.requestId, a: world.action.id, t: world.activityId }, callerOf(reader));
  if (result.errors) return result.errors.map((error) => error.extensions?.code);
  return result.data;
}

const PUBLIC_CARD = { publicOfficial: true, euNational: true, displayName: null, employerType: null, memberState: null, email: null };
/** The profile beyond the card: the expert's own and project officers' (ADMIN holds every role). */
const profile = () => ({
  ...PUBLIC_CARD,
  displayName: 'Eva Berg',
  employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
  memberState: { code: 'SE' },
  email: expertEmail,
});
let expertEmail: string;

/** Everything read, with the card the reader gets and the individual evaluations (project officers only). */
function everything(card: object, individual: object | null): Record<Read, unknown> {
  return {
    request: { request: { status: 'APPROVED', partners: [{ name: 'Ministry of Employment' }, { name: 'Ministry of Labour Relations' }] } },
    action: { action: { status: 'COMPLETED', request: { status: 'APPROVED' } } },
    activities: { action: { activities: { edges: [{ node: { title: 'Training of trainers', status: 'HELD' } }] } } },
    activity: { activity: { title: 'Training of trainers', status: 'HELD' } },
    expertCard: { activity: { deployments: { edges: [{ node: { role: 'LEAD_EXPERT', expert: card } }] } } },
    participation: { activity: { participation: { total: 25, women: 12, men: 13 } } },
    results: { action: { results: [{ type: 'POLICY', status: 'DRAFTED', title: 'National labour migration policy' }] } },
    indicators: { action: { indicators: [{ name: 'Officials trained', periods: [{ period: '2026', target: 40, actual: 25 }] }] } },
    evaluations: { activity: { evaluations: { count: 1, satisfactionRate: 1, evaluations: individual } } },
  };
}
const ACTION_LEVEL: Read[] = ['request', 'action', 'activities', 'results', 'indicators'];
/** Each read answered the same way. */
const every = (answer: unknown): Record<Read, unknown> =>
  Object.fromEntries((Object.keys(READS) as Read[]).map((what) => [what, answer])) as Record<Read, unknown>;
/** Nothing of it: null where one thing is asked by id. */
const NOTHING = {
  ...every({ activity: null }),
  request: { request: null },
  ...Object.fromEntries(ACTION_LEVEL.slice(1).map((what) => [what, { action: null }])),
};

/** The table: what each reader gets of each thing. */
const MATRIX: Record<Reader, () => Record<Read, unknown>> = {
  institution: () => everything(PUBLIC_CARD, null),
  linkedLater: () => everything(PUBLIC_CARD, null),
  other: () => NOTHING,
  anonymous: () => every(['UNAUTHENTICATED']),
  officer: () => everything(profile(), { totalCount: 1 }),
  committee: () => everything(PUBLIC_CARD, null),
  // An expert reads the activities they are deployed on, and no request or Action.
  expert: () => ({ ...NOTHING, ...Object.fromEntries(ACTION_LEVEL.map((what) => [what, ['FORBIDDEN']])) }),
  deployedExpert: () => ({ ...everything(profile(), null), ...Object.fromEntries(ACTION_LEVEL.map((what) => [what, ['FORBIDDEN']])) }),
  analyst: () => everything(PUBLIC_CARD, null),
  admin: () => everything(profile(), { totalCount: 1 }),
};

describe('the access matrix of a request and its Action', () => {
  beforeAll(async () => {
    const expert = await graph.query<any>(`query($e: ID!) { expert(id: $e) { email } }`, { e: world.expertId }, officer);
    expertEmail = expert.data.expert.email;
  });

  const LABELS: Record<Reader, string> = {
    institution: 'a partner of the institution the request named',
    linkedLater: 'a partner of an institution linked after the Action was created',
    other: 'a partner of another institution',
    anonymous: 'anonymous',
    officer: 'a project officer',
    committee: 'the Steering Committee',
    expert: 'an expert not deployed on it',
    deployedExpert: 'the expert deployed on its activity',
    analyst: 'an analyst',
    admin: 'an administrator',
  };
  it.each((Object.keys(MATRIX) as Reader[]).map((reader) => [LABELS[reader], reader] as const))('%s', async (_, reader) => {
    const got: Record<string, unknown> = {};
    for (const what of Object.keys(READS) as Read[]) got[what] = await read(reader, what);
    expect(got).toEqual(MATRIX[reader]());
  });
});
