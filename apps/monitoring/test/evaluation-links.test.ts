import { secretTokenHash } from '@mieux/service-kit';
import { concurrently, identityOf } from '@mieux/service-kit/testing';
import { anonymous, officer, servicesForTests } from './fixtures';

/** The questionnaire's single-use links, against the real actions service with the demo portfolio. */
const started = servicesForTests();
const held = (n: number) => started.actions.held[n - 1];

const OPEN = `mutation($a: ID!, $input: EvaluationOpeningInput!) { openEvaluation(activityId: $a, input: $input) { activityId expiresAt links { respondentType token expiresAt } } }`;
const QUESTIONNAIRE = `query($t: String!, $l: Language) { evaluationQuestionnaire(token: $t, language: $l) { respondentType activityTitle state questions { code kind required label choices { code label } } } }`;
const ANSWER = `mutation($t: String!, $input: QuestionnaireAnswerInput!) { answerEvaluation(token: $t, input: $input) { received respondentType } }`;
const SUMMARY = `query($id: ID!) { evaluationSummary(activityId: $id) { count satisfactionRate
  byRespondentType { respondentType count satisfactionRate linksIssued linksAnswered relevance { extent count } usefulness { extent count } } } }`;
const GOOD_ANSWER = { rating: 'EXCELLENT', relevance: 'VERY_MUCH', usefulness: 'MUCH', comment: 'Clear and practical' };

async function open(activityId: string, participants: number, partnerAuthorities = 0): Promise<{ respondentType: string; token: string }[]> {
  const opened = await started.subgraph.execute<any>(OPEN, { a: activityId, input: { participants, partnerAuthorities } }, officer);
  if (!opened.data) throw new Error(JSON.stringify(opened.errors));
  return opened.data.openEvaluation.links;
}
const answer = (token: string, input: Record<string, unknown> = GOOD_ANSWER, who = anonymous) =>
  started.subgraph.execute<any>(ANSWER, { t: token, input }, who);
const query = (sql: string, values: unknown[]) => started.subgraph.database.dataSource.query(sql, values);

describe('opening an evaluation', () => {
  it('issues single-use links per respondent type for a HELD activity, stored by their hash only', async () => {
    const links = await open(held(1).id, 3, 1);
    expect(links.map((l) => l.respondentType)).toEqual(['PARTICIPANT', 'PARTICIPANT', 'PARTICIPANT', 'PARTNER_AUTHORITY']);
    expect(new Set(links.map((l) => l.token)).size).toBe(4);
    const stored: { token_hash: string }[] = await query('SELECT token_hash FROM evaluation_link WHERE activity_id = ?', [held(1).id]);
    expect(stored.map((s) => s.token_hash).sort()).toEqual(links.map((l) => secretTokenHash(l.token)).sort());
    expect(JSON.stringify(await query('SELECT * FROM evaluation_link', []))).not.toContain(links[0].token);
  });

  it('refuses activities not held, counts out of bounds, and anyone but a project officer', async () => {
    const planned = await started.subgraph.execute(OPEN, { a: started.actions.planned.id, input: { participants: 2 } }, officer);
    expect(planned.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'activityId' });
    const none = await started.subgraph.execute(OPEN, { a: held(2).id, input: { participants: 0 } }, officer);
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.participants' } });
    const long = await started.subgraph.execute(OPEN, { a: held(2).id, input: { participants: 1, validForDays: 91 } }, officer);
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validForDays' });
    expect((await started.subgraph.execute(OPEN, { a: held(2).id, input: { participants: 1 } }, identityOf('ANALYST'))).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await started.subgraph.execute(OPEN, { a: held(2).id, input: { participants: 1 } }, anonymous)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(Number((await query('SELECT COUNT(*) AS n FROM evaluation_link WHERE activity_id = ?', [held(2).id]))[0].n)).toBe(0);
  });
});

describe('answering through a link', () => {
  it('shows the questionnaire in English and French to anyone holding the link', async () => {
    const [link] = await open(held(3).id, 1);
    const en = (await started.subgraph.execute<any>(QUESTIONNAIRE, { t: link.token }, anonymous)).data.evaluationQuestionnaire;
    expect(en).toMatchObject({ respondentType: 'PARTICIPANT', state: 'OPEN', activityTitle: expect.any(String) });
    expect(en.questions.map((q: any) => [q.code, q.kind, q.required, q.choices.length])).toEqual([
      ['OVERALL', 'RATING', true, 5],
      ['RELEVANCE', 'EXTENT', true, 5],
      ['USEFULNESS', 'EXTENT', true, 5],
      ['COMMENT', 'TEXT', false, 0],
    ]);
    const fr = (await started.subgraph.execute<any>(QUESTIONNAIRE, { t: link.token, l: 'FR' }, anonymous)).data.evaluationQuestionnaire;
    expect(fr.questions[0]).toMatchObject({
      label: "Dans l'ensemble, comment évaluez-vous l'activité ?",
      choices: expect.arrayContaining([{ code: 'VERY_GOOD', label: 'Très bien' }]),
    });
    const unknown = await started.subgraph.execute(QUESTIONNAIRE, { t: 'not-a-token' }, anonymous);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it("takes a participant's answer anonymously, once: the second use is refused", async () => {
    const [link] = await open(held(4).id, 1);
    expect((await answer(link.token)).data.answerEvaluation).toEqual({ received: true, respondentType: 'PARTICIPANT' });
    const second = await answer(link.token, { ...GOOD_ANSWER, rating: 'POOR' });
    expect(second.errors?.[0]).toMatchObject({
      message: 'This evaluation link has already been used: each link takes one answer',
      extensions: { code: 'CONFLICT', state: 'ANSWERED' },
    });
    const rows = await query('SELECT respondent_type, rating, relevance, usefulness, comment, submitted_by FROM evaluation WHERE activity_id = ?', [
      held(4).id,
    ]);
    expect(rows).toEqual([
      { respondent_type: 'PARTICIPANT', rating: 'EXCELLENT', relevance: 'VERY_MUCH', usefulness: 'MUCH', comment: 'Clear and practical', submitted_by: null },
    ]);
    expect((await started.subgraph.execute<any>(QUESTIONNAIRE, { t: link.token }, anonymous)).data.evaluationQuestionnaire.state).toBe('ANSWERED');
  });

  it('accepts exactly one of twenty simultaneous answers with one token', async () => {
    const [link] = await open(held(5).id, 1);
    const results = await concurrently(20, (i) => answer(link.token, { ...GOOD_ANSWER, rating: i % 2 ? 'GOOD' : 'FAIR' }));
    expect(results.filter((r) => r.data?.answerEvaluation?.received).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0].extensions?.code === 'CONFLICT').length).toBe(19);
    expect(Number((await query('SELECT COUNT(*) AS n FROM evaluation WHERE activity_id = ?', [held(5).id]))[0].n)).toBe(1);
  });

  it('refuses an expired link and an answer missing a choice, recording nothing', async () => {
    const [expiring, incomplete] = await open(held(6).id, 2);
    await query('UPDATE evaluation_link SET expires_at = ? WHERE token_hash = ?', [new Date(Date.now() - 1000), secretTokenHash(expiring.token)]);
    expect((await answer(expiring.token)).errors?.[0]).toMatchObject({
      message: 'This evaluation link has expired',
      extensions: { code: 'CONFLICT', state: 'EXPIRED' },
    });
    const missing = await answer(incomplete.token, { rating: 'GOOD', relevance: 'MUCH' });
    expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await answer(incomplete.token, { ...GOOD_ANSWER, comment: 'x'.repeat(2001) });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.comment' });
    expect(Number((await query('SELECT COUNT(*) AS n FROM evaluation WHERE activity_id = ?', [held(6).id]))[0].n)).toBe(0);
  });

  it("keeps a partner authority's link to partners of the activity's institution", async () => {
    const [, partnerLink] = await open(held(7).id, 1, 1);
    expect((await answer(partnerLink.token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await answer(partnerLink.token, GOOD_ANSWER, officer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The demo's Actions have no partner institution: the actions service reads this activity to no partner.
    const stranger = identityOf('PARTNER', { sub: 'focal@interieur.gouv.sn', org: 'institution-interieur' });
    expect((await answer(partnerLink.token, GOOD_ANSWER, stranger)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await started.subgraph.execute<any>(QUESTIONNAIRE, { t: partnerLink.token }, anonymous)).data.evaluationQuestionnaire.state).toBe('OPEN');
  });

  it('aggregates the answers per respondent type, with links issued and answered, into the satisfaction of the people served', async () => {
    const links = await open(held(8).id, 3);
    await answer(links[0].token, { rating: 'EXCELLENT', relevance: 'VERY_MUCH', usefulness: 'VERY_MUCH' });
    await answer(links[1].token, { rating: 'FAIR', relevance: 'SOMEWHAT', usefulness: 'VERY_MUCH' });
    const summary = (await started.subgraph.execute<any>(SUMMARY, { id: held(8).id }, anonymous)).data.evaluationSummary;
    expect(summary).toMatchObject({ count: 2, satisfactionRate: 0.5 });
    const participants = summary.byRespondentType.find((r: any) => r.respondentType === 'PARTICIPANT');
    expect(participants).toMatchObject({ count: 2, satisfactionRate: 0.5, linksIssued: 3, linksAnswered: 2 });
    expect(participants.relevance).toEqual([
      { extent: 'VERY_MUCH', count: 1 },
      { extent: 'MUCH', count: 0 },
      { extent: 'SOMEWHAT', count: 1 },
      { extent: 'LITTLE', count: 0 },
      { extent: 'NOT_AT_ALL', count: 0 },
    ]);
    expect(participants.usefulness[0]).toEqual({ extent: 'VERY_MUCH', count: 2 });
    expect(summary.byRespondentType.find((r: any) => r.respondentType === 'EXPERT')).toMatchObject({ count: 0, linksIssued: 0 });
  });
});
