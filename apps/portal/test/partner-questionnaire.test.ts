import { committee, daysFromToday, mustAnswer, officer } from '@mieux/service-kit/testing';
import { auditPages, overflowing, usePortalStack } from './browser';

/**
 * A partner authority's questionnaire in a real browser against the real graph: a ministry's request
 * becomes an Action with a training held, the project officer opens its evaluation to the partner
 * authority, and the ministry's partner finds it waiting in the partner space, answers it in French as
 * the institution and sees it answered; the pages pass axe and fit 360 px.
 */
const stack = usePortalStack();
const partner = { email: 'point.focal@travail.gouv.sn', org: '' };
let activityId = '';

beforeAll(async () => {
  const today = daysFromToday(0);
  const ok = (query: string, variables: Record<string, unknown> = {}, as: typeof officer | null = officer) =>
    mustAnswer<any>(stack.graph, query, variables, as);
  const { submitExpressionOfInterest: request } = await ok(
    `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id } }`,
    {
      input: {
        title: 'Gouvernance de la migration de travail',
        countryCode: 'SN',
        description: 'Appui à une politique de migration de travail',
        institutions: [{ name: 'Ministère du Travail', type: 'NATIONAL_INSTITUTION', countryCode: 'SN' }],
        contact: { name: 'Point focal', email: partner.email },
        thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      },
    },
    null,
  );
  const id = request.id;
  partner.org = (
    await ok(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id })
  ).createPartnerFromRequest.partners[0].id;
  await ok(
    `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MT/2026/4", receivedOn: "${today}", channel: EU_DELEGATION }) { status } }`,
    { id },
  );
  await ok(`mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id });
  await ok(
    `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "Une politique", priorityNeeds: ["Données"], plannedActivities: [{ type: TRAINING, count: 1 }] }) { status } }`,
    { id },
  );
  await ok(
    `mutation($id: ID!) { decideRequest(id: $id, input: { outcome: APPROVED, rationale: "Demande pertinente", body: DG_INTPA }) { status } }`,
    { id },
    committee,
  );
  const { createAction: action } = await ok(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id activityDrafts { id } } }`, { id });
  activityId = (
    await ok(
      `mutation($d: ID!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, title: "Formation des inspecteurs du travail", startsOn: "${today}", endsOn: "${today}", countryCode: "SN", city: "Dakar" }) { id } }`,
      { d: action.activityDrafts[0].id },
    )
  ).scheduleActivityDraft.id;
  await ok(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activityId });
  await ok(`mutation($a: ID!) { openEvaluation(activityId: $a, input: { participants: 5, partnerAuthorities: 1, validForDays: 30 }) { expiresAt } }`, {
    a: activityId,
  });
}, 120_000);

describe("a partner authority's questionnaire", () => {
  it.each(['en', 'fr'])(
    'waiting in the partner space and open to answer, in %s, has no serious or critical accessibility problem (axe-core, WCAG 2.1 AA), at 360 px too',
    async (lang) => {
      const { page, context } = await stack.driver.open(`/${lang}`, { bypassCSP: true });
      try {
        await stack.driver.signIn(page, 'PARTNER', partner.email, { org: partner.org });
        const problems = await auditPages(page, stack.portal.url, lang, [
          { path: '/partner', width: 360 },
          { path: `/partner/questionnaires/${activityId}`, width: 360 },
          { path: '/partner', width: 1024 },
          { path: `/partner/questionnaires/${activityId}`, width: 1024 },
        ]);
        expect(problems).toEqual({});
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('shows the activity’s days as written to a partner west of UTC, in its Actions and its questionnaires', async () => {
    const { page, context } = await stack.driver.open('/en', { timezoneId: 'America/Los_Angeles' });
    try {
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/Los_Angeles');
      await stack.driver.signIn(page, 'PARTNER', partner.email, { org: partner.org });
      await page.goto(`${stack.portal.url}/en/partner`);
      await page.getByRole('heading', { level: 2, name: 'Your Actions' }).waitFor();
      const day = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${daysFromToday(0)}T00:00:00Z`));
      // The activity in the institution's questionnaires and in its Actions, once both have loaded.
      const activity = page.getByRole('listitem').filter({ hasText: 'Formation des inspecteurs du travail' });
      await activity.nth(1).waitFor();
      const items = await activity.all();
      for (const item of items) expect(await item.innerText()).toContain(day);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('is answered in French by the partner signed in as its institution, once, and is then no longer waiting', async () => {
    const { page, context } = await stack.driver.open('/fr', { width: 360 });
    try {
      await stack.driver.signIn(page, 'PARTNER', partner.email, { org: partner.org });
      await page.goto(`${stack.portal.url}/fr/partner`);
      await page.getByRole('heading', { level: 2, name: 'Questionnaires pour votre institution' }).waitFor();
      const waiting = page
        .getByRole('list', { name: 'En attente de votre réponse' })
        .getByRole('listitem')
        .filter({ hasText: 'Formation des inspecteurs du travail' });
      expect(await waiting.innerText()).toMatch(/Action MIEUX-\d{4}-\d{3} : Gouvernance de la migration de travail\)\s+Ouvert jusqu'au /);
      await waiting.getByRole('link', { name: 'Répondre au questionnaire' }).click();

      await page.getByRole('heading', { level: 1, name: "Évaluation d'une activité" }).waitFor();
      await page.getByText("Vous répondez pour votre institution, en tant qu'autorité partenaire.").waitFor();
      // A required question left out is said next to it, before anything is sent.
      await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
      expect(await page.locator('fieldset.has-error').count()).toBe(3);
      await page.getByRole('radio', { name: 'Très bien' }).check();
      await page
        .getByRole('group', { name: /répondait-elle aux besoins de votre institution/ })
        .getByRole('radio', { name: 'Tout à fait' })
        .check();
      await page
        .getByRole('group', { name: /vous sera-t-il utile/ })
        .getByRole('radio', { name: 'Beaucoup' })
        .check();
      await page.getByRole('textbox').fill('Une formation utile à nos inspecteurs');
      expect(await overflowing(page)).toEqual([]);
      await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
      await page.getByText('Merci : votre réponse est enregistrée.').waitFor();

      await page.getByRole('link', { name: "Retour à l'espace partenaire" }).click();
      const answered = page.getByRole('list', { name: 'Répondus' }).getByRole('listitem').filter({ hasText: 'Formation des inspecteurs du travail' });
      expect(await answered.innerText()).toMatch(/Répondu le /);
      await page.getByText("Aucun questionnaire n'attend la réponse de votre institution.").waitFor();
      expect(await overflowing(page)).toEqual([]);
      // Opened again, the questionnaire says the institution has answered.
      await page.goto(`${stack.portal.url}/fr/partner/questionnaires/${activityId}`);
      await page.getByText('Votre institution a déjà répondu à ce questionnaire').waitFor();
    } finally {
      await context.close();
    }
    const { evaluationSummary } = await mustAnswer<any>(
      stack.graph,
      `query($a: ID!) { evaluationSummary(activityId: $a) { byRespondentType { respondentType count linksAnswered } } }`,
      { a: activityId },
      officer,
    );
    expect(evaluationSummary.byRespondentType.find((r: any) => r.respondentType === 'PARTNER_AUTHORITY')).toEqual({
      respondentType: 'PARTNER_AUTHORITY',
      count: 1,
      linksAnswered: 1,
    });
  }, 120_000);
});
