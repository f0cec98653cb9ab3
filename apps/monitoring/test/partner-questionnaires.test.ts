import { secretTokenHash } from '@mieux/service-kit';
import { concurrently, identityOf } from '@mieux/service-kit/testing';
import { anonymous, makePartners, officer, servicesForTests, type DemoActivity } from './fixtures';

/**
 * The questionnaires meant for a partner institution's partner authority, against the real actions
 * service with the demo portfolio: listed to the partners of the activity's institution only, read in
 * their language and answered as the institution, once per activity.
 */
const started = servicesForTests();
const partnerOf = (org: string) => identityOf('PARTNER', { sub: `focal.point@${org}.example.org`, org });
const [ours, joint, third, theirs] = ['ministry-of-labour', 'employment-agency', 'statistics-office', 'ministry-of-interior'].map(partnerOf);

const OPEN = `mutation($a: ID!, $input: EvaluationOpeningInput!) { openEvaluation(activityId: $a, input: $input) { links { respondentType token } } }`;
const LIST = `query($first: Int, $after: String) { myQuestionnaires(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { activity { id } action { id } activityTitle state openedAt closesAt answeredAt } } } }`;
const ONE = `query($a: ID!, $l: Language) { myQuestionnaire(activityId: $a, language: $l) { respondentType activityTitle state expiresAt questions { code label } } }`;
const ANSWER = `mutation($a: ID!, $input: QuestionnaireAnswerInput!) { answerQuestionnaireAsInstitution(activityId: $a, input: $input) {
  activity { id } state closesAt answeredAt } }`;
const ANSWER_LINK = `mutation($t: String!, $input: QuestionnaireAnswerInput!) { answerEvaluation(token: $t, input: $input) { received } }`;
const GOOD_ANSWER = { rating: 'VERY_GOOD', relevance: 'MUCH', usefulness: 'VERY_MUCH', comment: 'Utile pour notre ministère' };

let ofOurs: DemoActivity[];
let ofTheirs: DemoActivity[];
beforeAll(async () => {
  [ofOurs, ofTheirs] = [...started.actions.heldByAction.values()].sort((a, b) => b.length - a.length);
  expect(ofTheirs.length).toBeGreaterThanOrEqual(3);
  // Three institutions requested the first Action jointly; another institution the second.
  await makePartners(started.actions, ofOurs[0].actionId, 'ministry-of-labour', 'employment-agency', 'statistics-office');
  await makePartners(started.actions, ofTheirs[0].actionId, 'ministry-of-interior');
});

async function open(activityId: string, partnerAuthorities: number, validForDays = 14): Promise<string[]> {
  const opened = await started.subgraph.execute<any>(OPEN, { a: activityId, input: { participants: 1, partnerAuthorities, validForDays } }, officer);
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return opened.data.openEvaluation.links.filter((l: any) => l.respondentType === 'PARTNER_AUTHORITY').map((l: any) => l.token);
}
const list = async (who = ours) => (await started.subgraph.execute<any>(LIST, { first: 20 }, who)).data.myQuestionnaires;
const answer = (activityId: string, who = ours, input: Record<string, unknown> = GOOD_ANSWER) =>
  started.subgraph.execute<any>(ANSWER, { a: activityId, input }, who);
const query = (sql: string, values: unknown[]) => started.subgraph.database.dataSource.query(sql, values);

describe("a partner institution's questionnaires", () => {
  it('are those of its Actions opened to partner authorities, waiting for it, and none of another institution', async () => {
    await open(ofOurs[0].id, 2, 10);
    await open(ofOurs[0].id, 1, 20);
    await started.subgraph.execute(OPEN, { a: ofOurs[1].id, input: { participants: 3 } }, officer);
    await open(ofTheirs[0].id, 1);

    const mine = await list();
    expect(mine.totalCount).toBe(1);
    const [{ node }] = mine.edges;
    expect(node).toMatchObject({ activity: { id: ofOurs[0].id }, action: { id: ofOurs[0].actionId }, state: 'OPEN', answeredAt: null });
    expect(node.activityTitle).toEqual(expect.any(String));
    // It closes with the last link left open to it.
    expect(Math.round((Date.parse(node.closesAt) - Date.now()) / 86_400_000)).toBe(20);
    expect((await list(theirs)).edges.map((e: any) => e.node.activity.id)).toEqual([ofTheirs[0].id]);
    // A partner of no institution has none; a reading role answers for none either.
    expect((await list(identityOf('PARTNER', { sub: 'someone@example.org' }))).totalCount).toBe(0);
    expect((await list({ ...ours, roles: ['ANALYST', 'PARTNER'] as const })).totalCount).toBe(0);
  });

  it('are for partners only, and hold nothing that names a person', async () => {
    expect((await started.subgraph.execute(LIST, {}, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await started.subgraph.execute(LIST, {}, anonymous)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await started.subgraph.execute(ONE, { a: ofOurs[0].id }, identityOf('EXPERT', { expertId: 'e-1' }))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(JSON.stringify(await list())).not.toMatch(/focal\.point|@/);
  });

  it("shows the questionnaire in the partner's language to its institution only", async () => {
    const fr = (await started.subgraph.execute<any>(ONE, { a: ofOurs[0].id, l: 'FR' }, ours)).data.myQuestionnaire;
    expect(fr).toMatchObject({ respondentType: 'PARTNER_AUTHORITY', state: 'OPEN' });
    expect(fr.questions[1].label).toBe("Dans quelle mesure l'activité répondait-elle aux besoins de votre institution ?");
    expect((await started.subgraph.execute<any>(ONE, { a: ofOurs[0].id }, theirs)).data.myQuestionnaire).toBeNull();
    // Opened to participants only: nothing for the institution.
    expect((await started.subgraph.execute<any>(ONE, { a: ofOurs[1].id }, ours)).data.myQuestionnaire).toBeNull();
  });
});

describe('answering as the institution', () => {
  it('records the answer as a partner authority once, and it is then listed as answered', async () => {
    expect((await answer(ofOurs[0].id, theirs)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const answered = (await answer(ofOurs[0].id)).data.answerQuestionnaireAsInstitution;
    expect(answered).toMatchObject({ activity: { id: ofOurs[0].id }, state: 'ANSWERED', answeredAt: expect.any(String) });
    // The link taken was the one closing first; it keeps the institution, the answer the caller's opaque id only.
    const links = await query(
      'SELECT expires_at, used, answered_by FROM evaluation_link WHERE activity_id = ? AND respondent_type = ? ORDER BY expires_at, used DESC',
      [ofOurs[0].id, 'PARTNER_AUTHORITY'],
    );
    expect(links.map((l: any) => [Boolean(l.used), l.answered_by])).toEqual([
      [true, 'ministry-of-labour'],
      [false, null],
      [false, null],
    ]);
    const [evaluation] = await query('SELECT respondent_type, rating, relevance, comment, submitted_by FROM evaluation WHERE activity_id = ?', [ofOurs[0].id]);
    expect(evaluation).toMatchObject({ respondent_type: 'PARTNER_AUTHORITY', rating: 'VERY_GOOD', relevance: 'MUCH', comment: 'Utile pour notre ministère' });
    expect(evaluation.submitted_by).toMatch(/^[\w-]{16}$/);

    const again = await answer(ofOurs[0].id, ours, { ...GOOD_ANSWER, rating: 'POOR' });
    expect(again.errors?.[0]).toMatchObject({
      message: "Your institution has already answered this activity's questionnaire: it answers once",
      extensions: { code: 'CONFLICT', state: 'ANSWERED' },
    });
    expect((await list()).edges.map((e: any) => e.node.state)).toEqual(['ANSWERED']);
    expect((await started.subgraph.execute<any>(ONE, { a: ofOurs[0].id }, ours)).data.myQuestionnaire.state).toBe('ANSWERED');
  });

  it("holds the institution to one answer through the links too, while the Action's other institutions answer theirs", async () => {
    const [token] = await open(ofTheirs[1].id, 2);
    expect((await started.subgraph.execute<any>(ANSWER_LINK, { t: token, input: GOOD_ANSWER }, theirs)).data.answerEvaluation.received).toBe(true);
    expect((await list(theirs)).edges.find((e: any) => e.node.activity.id === ofTheirs[1].id).node.state).toBe('ANSWERED');
    expect((await answer(ofTheirs[1].id, theirs)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'ANSWERED' });

    // Our institution answered the first activity through the graph; its link in hand is refused, a joint requester's is not.
    const remaining = await open(ofOurs[0].id, 1);
    const refused = await started.subgraph.execute<any>(ANSWER_LINK, { t: remaining[0], input: GOOD_ANSWER }, ours);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', state: 'ANSWERED' });
    // The refused link is left for the others.
    expect((await query('SELECT used FROM evaluation_link WHERE token_hash = ?', [secretTokenHash(remaining[0])]))[0].used).toBeFalsy();
    expect((await answer(ofOurs[0].id, joint)).data.answerQuestionnaireAsInstitution.state).toBe('ANSWERED');
    expect((await answer(ofOurs[0].id, third)).data.answerQuestionnaireAsInstitution.state).toBe('ANSWERED');
    const used = await query('SELECT answered_by FROM evaluation_link WHERE activity_id = ? AND used = ? ORDER BY answered_by', [ofOurs[0].id, true]);
    expect(used.map((l: any) => l.answered_by)).toEqual(['employment-agency', 'ministry-of-labour', 'statistics-office']);
  });

  it('takes exactly one of ten simultaneous answers of one institution', async () => {
    await open(ofOurs[1].id, 5);
    const results = await concurrently(10, (i) => answer(ofOurs[1].id, ours, { ...GOOD_ANSWER, rating: i % 2 ? 'GOOD' : 'FAIR' }));
    expect(results.filter((r) => r.data?.answerQuestionnaireAsInstitution).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(9);
    expect(
      Number((await query('SELECT COUNT(*) AS n FROM evaluation WHERE activity_id = ? AND respondent_type = ?', [ofOurs[1].id, 'PARTNER_AUTHORITY']))[0].n),
    ).toBe(1);
  });

  it('refuses a closed questionnaire, one never opened to partner authorities and an incomplete answer, recording nothing', async () => {
    const closed = ofTheirs[2].id;
    await open(closed, 1);
    await query('UPDATE evaluation_link SET expires_at = ? WHERE activity_id = ?', [new Date(Date.now() - 1000), closed]);
    expect((await answer(closed, theirs)).errors?.[0]).toMatchObject({
      message: "No questionnaire of this activity is open to your institution: its partner authorities' links were answered or have expired",
      extensions: { code: 'CONFLICT', state: 'EXPIRED' },
    });
    expect((await list(theirs)).edges.map((e: any) => e.node.activity.id)).not.toContain(closed);
    expect((await started.subgraph.execute<any>(ONE, { a: closed }, theirs)).data.myQuestionnaire.state).toBe('EXPIRED');

    await started.subgraph.execute(OPEN, { a: ofOurs[2].id, input: { participants: 2 } }, officer);
    expect((await answer(ofOurs[2].id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await answer(ofOurs[2].id, ours, { rating: 'GOOD', relevance: 'MUCH' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(Number((await query('SELECT COUNT(*) AS n FROM evaluation WHERE activity_id IN (?, ?)', [closed, ofOurs[2].id]))[0].n)).toBe(0);
  });

  it('pages the list, the latest opened first', async () => {
    await open(ofOurs[2].id, 1);
    const first = (await started.subgraph.execute<any>(LIST, { first: 1 }, ours)).data.myQuestionnaires;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.edges[0].node).toMatchObject({ activity: { id: ofOurs[2].id }, state: 'OPEN' });
    const rest = (await started.subgraph.execute<any>(LIST, { first: 5, after: first.pageInfo.endCursor }, ours)).data.myQuestionnaires;
    expect(rest.edges.map((e: any) => [e.node.activity.id, e.node.state])).toEqual([
      [ofOurs[1].id, 'ANSWERED'],
      [ofOurs[0].id, 'ANSWERED'],
    ]);
  });
});
