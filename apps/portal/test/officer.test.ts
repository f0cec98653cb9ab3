import type { Page } from 'playwright-core';
import { daysFromToday, mustAnswer, officer } from '@mieux/service-kit/testing';
import { auditPages, usePortalStack } from './browser';

/**
 * The people who run the facility, in a real browser against the real graph: a project officer takes a
 * request from its expression of interest to its Action, the Steering Committee sends the Action Fiche
 * back and approves its revision, each as a member of its body; the officer invites the top candidate to
 * the Action's first training and the expert accepts in their space; every page passes axe.
 */
const stack = usePortalStack();

const request = { id: '', reference: '' };
/** An evaluation link still open, for the questionnaire's accessibility check. */
let evaluationToken = '';

beforeAll(async () => {
  const { submitExpressionOfInterest: submitted } = await mustAnswer<any>(
    stack.graph,
    `mutation($input: ExpressionOfInterestInput!) { submitExpressionOfInterest(input: $input) { id reference } }`,
    {
      input: {
        title: 'Labour migration governance',
        countryCode: 'GH',
        description: 'Support to a labour migration policy',
        institutions: [{ name: 'Ministry of Employment', type: 'NATIONAL_INSTITUTION', countryCode: 'GH' }],
        contact: { name: 'Kofi Mensah', email: 'kofi.mensah@employment.gov.gh' },
        thematicAreas: ['LEGAL_MIGRATION_AND_MOBILITY'],
      },
    },
  );
  Object.assign(request, submitted);
}, 60_000);

const status = (page: Page) => page.getByTestId('request-status');
async function until(page: Page, text: string) {
  await page.getByTestId('request-status').getByText(text, { exact: true }).waitFor();
}

describe('a request from its expression of interest to its Action', () => {
  it('an officer finds it on the board, records the letter, assesses it and drafts the fiche; the committee sends it back, then approves the revision; the officer creates the Action and invites the top candidate, who accepts in their space', async () => {
    const { page, context } = await stack.driver.open('/en');
    try {
      await stack.driver.signIn(page, 'PROJECT_OFFICER', 'officer@icmpd.org');
      await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
      await page.getByLabel('Reference or words of the title').fill(request.reference);
      await page.waitForURL(new RegExp(`search=${request.reference}`));
      const received = page.locator('[data-status="EXPRESSION_OF_INTEREST"]');
      await received.getByRole('link', { name: new RegExp(request.reference) }).click();
      await until(page, 'Expression of interest received');

      const letter = page.getByRole('form', { name: 'Record the official letter' });
      // The graph's problem is shown next to the field it names.
      await letter.getByRole('button', { name: 'Record the letter' }).click();
      await letter.locator('.field-error').first().waitFor();
      expect(await letter.locator('.has-error label').first().innerText()).toMatch(/Letter reference/);
      await letter.getByLabel('Letter reference').fill('MELR/2026/14');
      await letter.getByLabel('Received through').selectOption('EU_DELEGATION');
      await letter.getByRole('button', { name: 'Record the letter' }).click();
      await until(page, 'Official request received');
      await page.getByRole('button', { name: 'Assess eligibility now' }).click();
      await until(page, 'Eligible');

      const draft = async (objectives: string, trainings: string) => {
        const fiche = page.locator('form.work-step').filter({ hasText: 'Action Fiche' });
        await fiche.getByLabel('Objectives').fill(objectives);
        await fiche.getByLabel('Priority needs').fill('Labour market data\nBilateral agreements');
        await fiche.getByLabel('Training').fill(trainings);
        await fiche.getByRole('button', { name: 'Save the Action Fiche' }).click();
      };
      await draft('A national labour migration policy', '2');
      await until(page, 'Action Fiche drafted');

      // The Steering Committee's queue holds it; a member of DG HOME sends it back with comments.
      await stack.driver.signIn(page, 'STEERING_COMMITTEE', 'member@ec.europa.eu');
      await page.getByRole('heading', { level: 1, name: 'Decisions to take' }).waitFor();
      await page.getByRole('link', { name: new RegExp(request.reference) }).click();
      const decide = async (outcome: string, body: string, words: string) => {
        const form = page.getByRole('form', { name: 'Decide as the Steering Committee' });
        await form.getByLabel(outcome).check();
        await form.getByLabel('Deciding member').selectOption(body);
        await form.getByRole('textbox').fill(words);
        await form.getByRole('button', { name: 'Record the decision' }).click();
      };
      await decide('Send back for revision', 'DG_HOME', 'Add a study visit to a Member State');
      await until(page, 'Sent back for revision');

      // The officer revises (version 2, the first kept), the committee approves as DG INTPA.
      await stack.driver.signIn(page, 'PROJECT_OFFICER', 'officer@icmpd.org');
      await page.goto(`${stack.portal.url}/en/requests/${request.id}`);
      await until(page, 'Sent back for revision');
      await draft('A national labour migration policy, with a study visit', '3');
      await until(page, 'Action Fiche drafted');
      await page.getByRole('heading', { name: 'Action Fiche, version 2' }).waitFor();
      await page.getByText('Action Fiche, version 1').waitFor();
      await stack.driver.signIn(page, 'STEERING_COMMITTEE', 'member@ec.europa.eu');
      await page.goto(`${stack.portal.url}/en/requests/${request.id}`);
      await decide('Approve', 'DG_INTPA', 'Aligned with the partnership priorities');
      await until(page, 'Approved');
      const history = await page.getByTestId('history').innerText();
      expect(history).toMatch(/Sent back for revision\s+Steering Committee, DG HOME\s+Add a study visit/);
      expect(history).toMatch(/Approved\s+Steering Committee, DG INTPA\s+Aligned with the partnership priorities/);

      // The officer creates the Action: the fiche's three trainings wait to be dated.
      await stack.driver.signIn(page, 'PROJECT_OFFICER', 'officer@icmpd.org');
      await page.goto(`${stack.portal.url}/en/requests/${request.id}`);
      await page.getByRole('button', { name: 'Create the Action from this request' }).click();
      await page.getByText(/Action MIEUX-\d{4}-\d{3} is created/).waitFor();
      const { request: created } = await mustAnswer<any>(
        stack.graph,
        `query($id: ID!) { request(id: $id) { action { activityDrafts { type } } } }`,
        { id: request.id },
        officer,
      );
      expect(created.action.activityDrafts.map((d: { type: string }) => d.type)).toEqual(['TRAINING', 'TRAINING', 'TRAINING']);
      expect(await status(page).innerText()).toBe('Approved');

      // The officer dates the first training and invites the top candidate, who accepts in their own space.
      const { request: approved } = await mustAnswer<any>(
        stack.graph,
        `query($id: ID!) { request(id: $id) { action { activityDrafts { id } } } }`,
        { id: request.id },
        officer,
      );
      const { scheduleActivityDraft: activity } = await mustAnswer<any>(
        stack.graph,
        `mutation($d: ID!, $on: Date!, $to: Date!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, startsOn: $on, endsOn: $to, countryCode: "GH", city: "Accra" }) { id title } }`,
        { d: approved.action.activityDrafts[0].id, on: daysFromToday(40), to: daysFromToday(41) },
        officer,
      );
      const { activity: candidates } = await mustAnswer<any>(
        stack.graph,
        `query($a: ID!) { activity(id: $a) { candidateExperts(first: 1) { edges { node { expert { id email } } } } } }`,
        { a: activity.id },
        officer,
      );
      const top = candidates.candidateExperts.edges[0].node.expert;
      await mustAnswer(
        stack.graph,
        `mutation($a: ID!, $e: ID!) { inviteExpert(activityId: $a, expertId: $e, role: LEAD_EXPERT, termsOfReference: "Two sessions on labour market information; a short report.",
          overrideAvailability: { reason: "Agreed with the expert by phone" }) { id } }`,
        { a: activity.id, e: top.id },
        officer,
      );
      await stack.driver.signIn(page, 'EXPERT', top.email ?? 'expert@example.org', { expertId: top.id });
      const invitation = page.getByRole('listitem').filter({ hasText: 'Two sessions on labour market information' });
      await invitation.getByText(/As lead expert, from .+ to .+, Accra, Ghana\./).waitFor();
      await invitation.getByRole('button', { name: 'Accept' }).click();
      await page.getByText(`Your answer about “${activity.title}” is recorded.`).waitFor();
      await page
        .getByRole('region', { name: 'Deployments' })
        .getByText(new RegExp(`${activity.title}.*lead expert`))
        .waitFor();
      expect(await page.getByText('No invitation waits for your answer.').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  }, 180_000);
});

describe('a participant', () => {
  it('answers an activity’s evaluation anonymously in French through the link an officer sent, once: the link then says it was answered', async () => {
    const { actions } = await mustAnswer<any>(
      stack.graph,
      `{ actions(filter: { status: [CLOSED] }, first: 1) { edges { node { activities(first: 20) { edges { node { id title status } } } } } } }`,
      {},
      officer,
    );
    const held = actions.edges[0].node.activities.edges.map((e: any) => e.node).find((a: any) => a.status === 'HELD');
    const summary = async () =>
      (await mustAnswer<any>(stack.graph, `query($a: ID!) { evaluationSummary(activityId: $a) { count } }`, { a: held.id }, officer)).evaluationSummary.count;
    const before = await summary();
    const { openEvaluation } = await mustAnswer<any>(
      stack.graph,
      `mutation($a: ID!) { openEvaluation(activityId: $a, input: { participants: 2, partnerAuthorities: 0, validForDays: 7 }) { links { token } } }`,
      { a: held.id },
      officer,
    );
    const { page, context } = await stack.driver.open(`/fr/evaluation/${openEvaluation.links[0].token}`);
    try {
      await page.getByRole('heading', { level: 1, name: "Évaluation d'une activité" }).waitFor();
      await page.getByText(held.title).waitFor();
      // A required question left out is said next to it, before anything is sent.
      await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
      expect(await page.locator('fieldset.has-error').count()).toBeGreaterThan(0);
      for (const group of await page.locator('fieldset').all()) await group.getByRole('radio').first().check();
      await page.getByRole('textbox').fill('Des outils pratiques pour notre service');
      await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
      await page.getByText('Merci : votre réponse est enregistrée.').waitFor();
      expect(await summary()).toBe(before + 1);
      await page.reload();
      await page.getByText('Ce lien a déjà reçu une réponse').waitFor();
      await page.goto(`${stack.portal.url}/en/evaluation/not-a-token`);
      await page.getByText('This link leads to no questionnaire.').waitFor();
    } finally {
      await context.close();
    }
    evaluationToken = openEvaluation.links[1].token;
  }, 90_000);
});

describe('the officers’ and the committee’s pages', () => {
  it.each(['en', 'fr'])(
    'in %s have no serious or critical accessibility problem (axe-core, WCAG 2.1 AA), at 360 px too',
    async (lang) => {
      const { page, context } = await stack.driver.open(`/${lang}`, { bypassCSP: true });
      const as = (role: string) => (on: Page) => stack.driver.signIn(on, role, `${role.toLowerCase()}@icmpd.org`);
      try {
        const problems = await auditPages(page, stack.portal.url, lang, [
          { path: '/requests', width: 1024, before: as('PROJECT_OFFICER') },
          { path: `/requests/${request.id}`, width: 360 },
          { path: '/decisions', width: 360, before: as('STEERING_COMMITTEE') },
          { path: `/requests/${request.id}`, width: 1024 },
          { path: `/evaluation/${evaluationToken}`, width: 360 },
        ]);
        expect(problems).toEqual({});
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
