import type { Page } from 'playwright-core';
import { daysFromToday, eventually, mustAnswer, officer } from '@mieux/service-kit/testing';
import { auditPages, usePortalStack } from './browser';
import { csvFigures, reloadedTiles, type Figures } from './dashboard';

/**
 * The people who run the facility, in a real browser against the real graph: a project officer takes a
 * request from its expression of interest to its Action, the Steering Committee sends the Action Fiche
 * back and approves its revision, each as a member of its body; on the Action's page the officer dates its
 * trainings and invites the top candidate to the first, who accepts in their space, and records who took
 * part: the analyst's dashboard and its CSV move by exactly that; then records a result and an indicator,
 * the final evaluation, and closes the Action; every page passes axe.
 */
const stack = usePortalStack();

const request = { id: '', reference: '' };
/** The request's Action, once created. */
const action = { id: '' };
/** An evaluation link still open, for the questionnaire's accessibility check. */
let evaluationToken = '';
/** A closed Action of the demo portfolio: results, indicators, held activities and a final evaluation. */
let closedAction = '';

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
  it('an officer finds it on the board, records the letter, assesses it and drafts the fiche; the committee sends it back, then approves the revision; the officer creates the Action', async () => {
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

      // Its page is a link away.
      await page.getByRole('link', { name: /^Open the Action MIEUX-\d{4}-\d{3}$/ }).click();
      await page.waitForURL(/\/en\/actions\//);
      action.id = page.url().split('/').pop()!;
    } finally {
      await context.close();
    }
  }, 180_000);

  it('on the Action’s page the officer dates the trainings and invites the top candidate, who accepts in their space; the participation the officer records moves the analyst’s figures for Ghana by exactly that, in the CSV too', async () => {
    const analysis = await stack.driver.open('/en');
    const { page, context } = await stack.driver.open('/en');
    try {
      // The analyst's view of Ghana once the read model has taken in every event so far (the Action's creation too).
      await stack.driver.signIn(analysis.page, 'ANALYST', 'analyst@icmpd.org');
      await analysis.page.goto(`${stack.portal.url}/en/analysis?countryCode=GH`);
      await stack.graph.settled();
      const { portfolio } = await mustAnswer<any>(stack.graph, `{ portfolio(filter: { countryCode: "GH" }) { actions activities participants } }`, {}, officer);
      const before: Figures = await eventually(() => reloadedTiles(analysis.page), portfolio, { timeoutMs: 20_000, everyMs: 1000 });

      await stack.driver.signIn(page, 'PROJECT_OFFICER', 'officer@icmpd.org');
      await page.goto(`${stack.portal.url}/en/actions/${action.id}`);
      await page.getByRole('heading', { level: 1, name: /Labour migration governance/ }).waitFor();
      expect(await page.getByTestId('action-status').innerText()).toBe('Planned');
      await page.getByText('3 activities of the Action Fiche wait to be dated.').waitFor();

      // A date left out is said next to its field; the graph's problem too (the last day before the first).
      const first = page.getByRole('form', { name: /^Date “/ }).first();
      await first.getByRole('button', { name: 'Date this activity' }).click();
      await first.locator('.has-error').filter({ hasText: 'First day' }).getByText('Required.').waitFor();
      await first.getByLabel('First day').fill(daysFromToday(40));
      await first.getByLabel('Last day').fill(daysFromToday(39));
      await first.getByRole('button', { name: 'Date this activity' }).click();
      await first.locator('.has-error').filter({ hasText: 'Last day' }).locator('.field-error').waitFor();
      // The three trainings dated in Accra: the first from today (so that it can be held and its participation
      // recorded within the test), the others in a few weeks.
      for (const [i, starts] of [0, 40, 54].entries()) {
        const form = page.getByRole('form', { name: /^Date “/ }).first();
        await form.getByLabel('Format').selectOption('TRAINING_OF_TRAINERS');
        await form.getByLabel('First day').fill(daysFromToday(starts));
        await form.getByLabel('Last day').fill(daysFromToday(starts + 1));
        await form.getByLabel('City').fill('Accra');
        await form.getByRole('button', { name: 'Date this activity' }).click();
        await page.getByRole('heading', { level: 2, name: `${i + 1} ${i ? 'activities' : 'activity'}` }).waitFor();
      }
      expect(await page.getByRole('form', { name: /^Date “/ }).count()).toBe(0);

      // The first training's candidates side by side; the officer invites the top one.
      const training = page.locator('li.activity').first();
      const title = await training.getByRole('heading', { level: 3 }).innerText();
      await training.getByRole('button', { name: 'Show the candidate experts' }).click();
      const candidates = training.getByRole('table', { name: /^Candidate experts for/ });
      await candidates.waitFor();
      expect(await candidates.locator('tbody tr').first().innerText()).toMatch(/^Languages \(30%\)/);
      const top = training.getByRole('button', { name: /^Invite / }).first();
      const name = (await top.innerText()).replace(/^Invite /, '');
      await top.click();
      const invite = training.getByRole('form', { name: `Invite ${name}` });
      await invite.getByLabel('Role').selectOption('LEAD_EXPERT');
      await invite.getByLabel('Terms of reference').fill('Two sessions on labour market information; a short report.');
      await invite.getByRole('button', { name: 'Send the invitation' }).click();
      // Outside the expert's declared availability, the graph's refusal is said and the officer says why.
      const outside = invite.getByLabel('Why invite outside the expert’s availability');
      const sent = training.getByText('The invitation is sent: the expert’s dates are held until they answer.');
      await outside.or(sent).waitFor();
      if (await outside.isVisible()) {
        await outside.fill('Agreed with the expert by phone');
        await invite.getByRole('button', { name: 'Invite outside their availability' }).click();
      }
      await sent.waitFor();
      await training
        .getByTestId(/^invitations-/)
        .getByText(`${name}, lead expert: waiting for an answer`)
        .waitFor();

      // The expert accepts in their own space.
      const { activity: invited } = await mustAnswer<any>(
        stack.graph,
        `query($a: ID!) { activity(id: $a) { invitations(first: 1) { edges { node { expert { id email } } } } } }`,
        { a: await training.getAttribute('data-activity') },
        officer,
      );
      const expert = invited.invitations.edges[0].node.expert;
      const space = await stack.driver.open('/en');
      try {
        await stack.driver.signIn(space.page, 'EXPERT', expert.email ?? 'expert@example.org', { expertId: expert.id });
        const invitation = space.page.getByRole('listitem').filter({ hasText: 'Two sessions on labour market information' });
        await invitation.getByText(/As lead expert, from .+ to .+, Accra, Ghana\./).waitFor();
        await invitation.getByRole('button', { name: 'Accept' }).click();
        await space.page.getByText(`Your answer about “${title}” is recorded.`).waitFor();
        await space.page
          .getByRole('region', { name: 'Deployments' })
          .getByText(new RegExp(`${title}.*lead expert`))
          .waitFor();
      } finally {
        await space.context.close();
      }

      // Back on the Action's page: the expert is deployed; once the training is held, the officer records who took part.
      await page.reload();
      await training
        .getByTestId(/^deployments-/)
        .getByText(`${name}, lead expert: deployed`)
        .waitFor();
      await training.getByText('Participation is recorded once the activity is held.').waitFor();
      await training.getByRole('button', { name: 'Mark as held' }).click();
      await training.getByTestId('activity-status').getByText('held', { exact: true }).waitFor();
      await training.locator('summary', { hasText: 'Record the participation' }).click();
      const participation = training.getByRole('form', { name: 'Record the participation' });
      await participation.getByLabel(/^Participants/).fill('24');
      await participation.getByLabel(/^Women/).fill('14');
      await participation.getByLabel(/^Men/).fill('9');
      await participation.getByLabel('Did not say').fill('1');
      await participation.getByLabel('Institutions').fill('Ministry of Employment\nGhana Statistical Service');
      await participation.getByRole('button', { name: 'Record the participation' }).click();
      await training.getByText('24 participants: 14 women, 9 men, 1 did not say.').waitFor();

      // The analyst's figures for Ghana move by exactly the three trainings and their 24 participants.
      const after = { ...before, activities: before.activities + 3, participants: before.participants + 24 };
      await stack.graph.settled();
      await eventually(() => reloadedTiles(analysis.page), after, { timeoutMs: 20_000, everyMs: 1000 });
      expect(await csvFigures(analysis.page)).toEqual({ line: 'ALL', ...after });
    } finally {
      await context.close();
      await analysis.context.close();
    }
  }, 180_000);

  it('on the same page the officer records a result and adopts it, sets an indicator for two periods (its table beside a chart), cancels the trainings left so the Action completes, records its final evaluation and closes it', async () => {
    const { page, context } = await stack.driver.open('/en');
    try {
      await stack.driver.signIn(page, 'PROJECT_OFFICER', 'officer@icmpd.org');
      await page.goto(`${stack.portal.url}/en/actions/${action.id}`);
      await page.getByRole('heading', { level: 1, name: /Labour migration governance/ }).waitFor();
      // Closing waits for the Action to be completed.
      await page.getByText('The final evaluation is recorded once the Action is completed; then it can be closed.').waitFor();
      expect(await page.getByRole('form', { name: 'Close the Action' }).count()).toBe(0);

      const result = page.getByRole('form', { name: 'Record a result' });
      await result.getByLabel('Title').fill('National labour migration policy');
      await result.getByLabel('Type').selectOption('POLICY');
      await result.getByRole('button', { name: 'Record the result' }).click();
      const results = page.getByTestId('results');
      await results.getByRole('row', { name: /National labour migration policy\s+policy\s+drafted/ }).waitFor();
      await page.getByRole('form', { name: '“National labour migration policy” is adopted' }).getByRole('button', { name: 'Mark as adopted' }).click();
      await results.getByRole('row', { name: /National labour migration policy\s+policy\s+adopted/ }).waitFor();

      const year = new Date().getFullYear();
      for (const [period, target, actual] of [
        [String(year), '20', '24'],
        [String(year + 1), '40', ''],
      ]) {
        const indicator = page.getByRole('form', { name: 'Set an indicator for a period' });
        await indicator.getByLabel(/^Indicator/).fill('Officials trained');
        await indicator.getByLabel('Unit').fill('officials');
        await indicator.getByLabel(/^Period/).fill(period);
        await indicator.getByLabel(/^Target/).fill(target);
        await indicator.getByLabel('Actual').fill(actual);
        await indicator.getByRole('button', { name: 'Save the indicator' }).click();
        await page
          .getByRole('region', { name: 'Officials trained (officials), baseline 0' })
          .getByRole('row', { name: new RegExp(`^${period}`) })
          .waitFor();
      }
      const periods = page.getByRole('region', { name: 'Officials trained (officials), baseline 0' });
      expect(await periods.locator('tbody').innerText()).toBe(`${year}\t20\t24\n${year + 1}\t40\t–`);
      await page.getByRole('img', { name: 'Officials trained: target and actual by period, as in the table' }).locator('svg').waitFor();

      // The two trainings left are cancelled: every activity held or cancelled, the Action is completed.
      const planned = page.locator('li.activity').filter({ has: page.getByTestId('activity-status').getByText('planned', { exact: true }) });
      for (let left = 2; left > 0; left--) {
        await planned.first().getByRole('button', { name: 'Cancel this activity' }).click();
        await eventually(() => planned.count(), left - 1);
      }
      await page.getByTestId('action-status').getByText('Completed', { exact: true }).waitFor();
      const evaluation = page.getByRole('form', { name: 'Record the final evaluation' });
      await evaluation.getByLabel('Summary').fill('The policy was adopted; trainers now train their colleagues.');
      await evaluation.getByLabel('Rating').selectOption('VERY_GOOD');
      await evaluation.getByRole('button', { name: 'Record the final evaluation' }).click();
      await page.getByTestId('final-evaluation').getByText('Very good').waitFor();
      await page.getByRole('form', { name: 'Close the Action' }).getByRole('button', { name: 'Close the Action' }).click();
      await page.getByTestId('action-status').getByText('Closed', { exact: true }).waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('a participant', () => {
  it('answers an activity’s evaluation anonymously in French through the link an officer sent, once: the link then says it was answered', async () => {
    const { actions } = await mustAnswer<any>(
      stack.graph,
      `{ actions(filter: { status: [CLOSED] }, first: 1) { edges { node { id activities(first: 20) { edges { node { id title status } } } } } } }`,
      {},
      officer,
    );
    closedAction = actions.edges[0].node.id;
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
          { path: `/actions/${action.id}`, width: 360, before: as('PROJECT_OFFICER') },
          { path: `/actions/${action.id}`, width: 1024 },
          { path: `/actions/${closedAction}`, width: 360 },
        ]);
        expect(problems).toEqual({});
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
