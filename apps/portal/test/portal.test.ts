import { readFileSync } from 'node:fs';
import { daysFromToday } from '@mieux/service-kit/testing';
import { auditPages, tabTo, type PortalDriver, usePortalStack } from './browser';

/**
 * The portal in a real browser against the real graph (four subgraphs and the gateway on MySQL, with the
 * demo portfolio): a visitor requests assistance in French and tracks the request, an expert applies,
 * signs in and downloads their data, a partner sees their request and its Action; every page passes axe.
 */
const stack = usePortalStack();
const open: PortalDriver['open'] = (path, options) => stack.driver.open(path, options);
const signIn: PortalDriver['signIn'] = (page, role, email, ids) => stack.driver.signIn(page, role, email, ids);

const visitor = { email: 'awa.diop@interieur.gouv.sn', reference: '', code: '', org: '' };

describe('a visitor requests assistance in French', () => {
  it('checks eligibility as they type, submits with the keyboard only, gets the reference, code and letter, and tracks the request', async () => {
    const { page, context } = await open('/fr/request', { width: 360 });
    try {
      await page.getByRole('heading', { level: 1, name: 'Demander une assistance' }).waitFor();
      // Every control reached with Tab and filled with the keyboard.
      const country = page.getByLabel('Pays ou organisation régionale');
      await country.focus();
      await page.keyboard.type('Maroc');
      await tabTo(page, page.getByLabel("Nom de l'institution 1"));
      await page.keyboard.type("Ministère de l'Intérieur");
      // A civil society organisation alone is not eligible: the reasons are given in French, at once.
      await tabTo(page, page.getByLabel("Type de l'institution 1"));
      await page.keyboard.type('Organisation de la');
      await page.getByText("Cette demande n'est pas éligible en l'état.").waitFor();
      expect(await page.locator('.reasons li.blocking').count()).toBeGreaterThan(0);
      expect(await page.locator('.reasons').innerText()).toMatch(/société civile|gouvernement|institution/i);
      // With a national institution it is (type-ahead starts again after a pause).
      await page.waitForTimeout(1200);
      await page.keyboard.type('Institution nat');
      await page.getByText('Cette demande est éligible.').waitFor();

      await tabTo(page, page.getByLabel('Titre de la demande'));
      await page.keyboard.type('Politique nationale de migration de travail');
      await tabTo(page, page.getByLabel('Migration légale et mobilité'));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByLabel('De quoi avez-vous besoin ?'));
      await page.keyboard.type("Appui à l'élaboration d'une politique nationale de migration de travail.");
      await tabTo(page, page.getByRole('textbox', { name: 'Nom', exact: true }));
      await page.keyboard.type('Awa Diop');
      // A wrong e-mail is shown next to its field, in French, before anything is sent.
      await tabTo(page, page.getByLabel('Courriel'));
      await page.keyboard.type('awa.diop');
      await tabTo(page, page.getByRole('button', { name: "Envoyer la manifestation d'intérêt" }));
      await page.keyboard.press('Enter');
      await page.getByText('Veuillez indiquer une adresse électronique').waitFor();
      await page.getByLabel('Courriel').focus();
      await page.keyboard.type('@interieur.gouv.sn');
      await tabTo(page, page.getByRole('button', { name: "Envoyer la manifestation d'intérêt" }));
      await page.keyboard.press('Enter');

      await page.getByRole('heading', { name: "Votre manifestation d'intérêt est reçue" }).waitFor();
      visitor.reference = await page.getByTestId('reference').innerText();
      visitor.code = await page.getByTestId('tracking-code').innerText();
      expect(visitor.reference).toMatch(/^REQ-\d{4}-\d{3}$/);
      expect(visitor.code).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
      // The official letter, pre-filled, in French (and English), downloaded from the page itself.
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Télécharger la lettre en français' }).click();
      const letter = readFileSync(await (await download).path(), 'utf8');
      expect(letter).toContain(
        `Demande officielle d'assistance technique MIEUX+ — Politique nationale de migration de travail (référence ${visitor.reference})`,
      );
      expect(letter).toContain('Awa Diop (awa.diop@interieur.gouv.sn)');
      // Works at 360 px: nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      await page.getByRole('main').getByRole('link', { name: 'Suivre une demande' }).click();
      await page.getByLabel('Code de suivi').fill(visitor.code.toLowerCase());
      await page.getByRole('button', { name: 'Suivre' }).click();
      expect(await page.getByTestId('tracked-status').innerText()).toBe("Manifestation d'intérêt reçue");
      await page.getByText('Envoyez la lettre de demande officielle').waitFor();
      // A wrong code says so, without telling whether the reference exists.
      await page.getByLabel('Code de suivi').fill('AAAAA-BBBBB');
      await page.getByRole('button', { name: 'Suivre' }).click();
      await page.getByText('Aucune demande ne correspond').waitFor();
      // The language switch keeps the page.
      await page.getByRole('link', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Track a request' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/en/track');
    } finally {
      await context.close();
    }
  }, 120_000);

  it("shows the graph's BAD_USER_INPUT problems next to the fields they name", async () => {
    const { page, context } = await open('/en/request');
    try {
      await page.getByLabel('Country or regional organisation').selectOption('SN');
      await page.getByLabel('Name of institution 1').fill('Ministry of the Interior');
      await page.getByLabel('Title of the request').fill('Labour migration');
      await page.getByLabel('Legal migration and mobility').check();
      await page.getByLabel('What do you need?').fill('Support');
      await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Awa Diop');
      // The browser-side rules accept this address; the graph's do not.
      await page.getByLabel('E-mail').fill('awa@localhost');
      await page.getByRole('button', { name: 'Send the expression of interest' }).click();
      const field = page.locator('.field.has-error', { has: page.getByLabel('E-mail') });
      await field.locator('.field-error').waitFor();
      expect(await field.locator('.field-error').innerText()).toMatch(/e-mail/);
    } finally {
      await context.close();
    }
  }, 60_000);
});

const expert = { id: '', email: 'ana.lopez@interior.gob.es' };

describe('an expert', () => {
  it('applies with the keyboard only, signs in, sees their space, accepts an invitation once accepted on the roster, downloads their data and withdraws consent after confirming', async () => {
    const { page, context } = await open('/en/experts/apply');
    try {
      await page.getByRole('heading', { level: 1, name: 'Become an expert' }).waitFor();
      await page.getByLabel('Full name').focus();
      await page.keyboard.type('Ana López');
      await tabTo(page, page.getByLabel('E-mail'));
      await page.keyboard.type(expert.email);
      await tabTo(page, page.getByLabel('Nationality'));
      await page.keyboard.type('Spain');
      await tabTo(page, page.getByLabel('Employer'));
      await page.keyboard.type('Administration of an EU');
      await tabTo(page, page.getByLabel('EU Member State of your administration'));
      await page.keyboard.type('Spain');
      await tabTo(page, page.getByLabel('I am a public official'));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByLabel('Irregular migration and trafficking in human beings'));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: 'French' }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('checkbox', { name: 'Spanish' }));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByLabel('Summary of your experience'));
      await page.keyboard.type('Border management officer, fifteen years; trainer on document fraud.');
      await tabTo(page, page.getByLabel(/I have read the privacy notice \(version 2026-12\)/));
      await page.keyboard.press('Space');
      await tabTo(page, page.getByRole('button', { name: 'Apply to the Expert Roster' }));
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Thank you for your application' }).waitFor();
      expert.id = await page.getByTestId('expert-id').innerText();

      // The development role picker remembers the application made in this browser.
      await page.goto(`${stack.portal.url}/en/sign-in`);
      expect(await page.getByLabel('Application number').inputValue()).toBe(expert.id);
      await page.getByRole('button', { name: 'Sign in with this role' }).click();
      await page.getByRole('heading', { level: 1, name: 'Welcome, Ana López' }).waitFor();
      expect(await page.getByTestId('roster-status').innerText()).toBe('Application under review');

      // A project officer accepts the application and invites the expert to a workshop; the expert accepts in their space.
      const officer = { role: 'PROJECT_OFFICER' as const };
      const must = async (query: string, variables: Record<string, unknown> = {}) => {
        const result = await stack.graph.query<any>(query, variables, officer);
        expect(result.errors).toBeUndefined();
        return Object.values(result.data as object)[0];
      };
      await must(`mutation($id: ID!) { reviewApplication(id: $id, status: ACTIVE) { status } }`, { id: expert.id });
      const open = await must(`{ actions(filter: { status: [PLANNED, IN_IMPLEMENTATION] }, first: 1) { edges { node { id } } } }`);
      const workshop = await must(
        `mutation($a: ID!, $on: Date!, $to: Date!) { planActivity(actionId: $a, input: { type: INFORMATION_EXCHANGE, format: WORKSHOP, title: "Document fraud workshop", startsOn: $on, endsOn: $to, countryCode: "SN", city: "Dakar" }) { id } }`,
        { a: open.edges[0].node.id, on: daysFromToday(50), to: daysFromToday(51) },
      );
      await must(
        `mutation($a: ID!, $e: ID!) { inviteExpert(activityId: $a, expertId: $e, role: EXPERT, termsOfReference: "Present Spain's document examination practice.", overrideAvailability: { reason: "Agreed by phone" }) { id } }`,
        { a: workshop.id, e: expert.id },
      );
      await page.reload();
      const invitation = page.getByRole('listitem').filter({ hasText: "Present Spain's document examination practice." });
      await invitation.getByRole('button', { name: 'Accept' }).click();
      await page.getByText('Your answer about “Document fraud workshop” is recorded.').waitFor();
      await page
        .getByRole('region', { name: 'Deployments' })
        .getByText(/Document fraud workshop.*expert/)
        .waitFor();

      await page.getByRole('button', { name: 'Prepare my data for download' }).click();
      const download = page.waitForEvent('download');
      await page.getByTestId('download-data').click();
      // What every service keeps about them: the roster's record, the invitation they accepted and the deployment it made.
      const data = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
      expect(data.roster).toMatchObject({ id: expert.id, email: expert.email, privacyNoticeVersion: '2026-12' });
      expect(data.invitations).toEqual([
        expect.objectContaining({ activityId: workshop.id, status: 'ACCEPTED', termsOfReference: "Present Spain's document examination practice." }),
      ]);
      expect(data.deployments).toEqual([expect.objectContaining({ activityId: workshop.id, role: 'EXPERT', status: 'ACTIVE' })]);
      expect(data.appraisals).toEqual([]);

      await page.getByRole('button', { name: 'Withdraw my consent' }).click();
      await page.getByText('You will become inactive on the roster').waitFor();
      await page.getByRole('button', { name: 'Yes, withdraw my consent' }).click();
      await page.getByText(/^Withdrawn on /).waitFor();
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('a partner', () => {
  it('sees their request, approved, once a project officer has linked it to their institution, and its Action: activities, experts, results, indicators', async () => {
    const officer = { role: 'PROJECT_OFFICER' as const };
    const must = async (query: string, variables: Record<string, unknown>, as: { role: 'PROJECT_OFFICER' | 'STEERING_COMMITTEE' } = officer) => {
      const result = await stack.graph.query<any>(query, variables, as);
      expect(result.errors).toBeUndefined();
      return Object.values(result.data as object)[0];
    };
    const { data } = await stack.graph.query<any>(
      `{ requests(filter: { search: "Politique nationale de migration" }) { edges { node { id reference } } } }`,
      {},
      officer,
    );
    const id = data.requests.edges.find((e: any) => e.node.reference === visitor.reference).node.id;
    const today = daysFromToday(0);
    await must(
      `mutation($id: ID!) { recordOfficialRequest(id: $id, input: { letterReference: "MI/2026/17", receivedOn: "${today}", channel: EU_DELEGATION }) { status } }`,
      { id },
    );
    await must(`mutation($id: ID!) { assessEligibility(id: $id) { status } }`, { id });
    await must(
      `mutation($id: ID!) { draftActionFiche(id: $id, input: { objectives: "A policy", priorityNeeds: ["Data"], plannedActivities: [{ type: TRAINING, count: 2 }] }) { status } }`,
      { id },
    );
    await must(
      `mutation($id: ID!) { decideRequest(id: $id, input: { outcome: APPROVED, rationale: "Demand-driven", body: DG_INTPA }) { status } }`,
      { id },
      { role: 'STEERING_COMMITTEE' },
    );
    // The form named the visitor's e-mail, which alone makes the request nobody's: the officer links it to the verified institution.
    const linked = await must(`mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }`, { id });
    visitor.org = linked.partners[0].id;

    // Its Action: a training held today with an expert of the roster, a policy adopted, an indicator over two periods.
    const action = await must(`mutation($id: ID!) { createAction(input: { requestId: $id }) { id reference activityDrafts { id } } }`, { id });
    const activity = await must(
      `mutation($d: ID!) { scheduleActivityDraft(draftId: $d, input: { format: TRAINING_OF_TRAINERS, title: "Formation de formateurs", startsOn: "${today}", endsOn: "${today}", countryCode: "MA", city: "Rabat" }) { id } }`,
      { d: action.activityDrafts[0].id },
    );
    const roster = await must(`{ experts(filter: { status: [ACTIVE] }, first: 20) { edges { node { id publicOfficial euNational } } } }`, {});
    let expert: { publicOfficial: boolean; euNational: boolean } | null = null;
    for (const { node } of roster.edges) {
      const deployed = await stack.graph.query(
        `mutation($a: ID!, $e: ID!) { deployExpert(activityId: $a, expertId: $e, role: LEAD_EXPERT) { id } }`,
        { a: activity.id, e: node.id },
        officer,
      );
      if (!deployed.errors) {
        expert = node;
        break;
      }
    }
    expect(expert).not.toBeNull();
    await must(`mutation($id: ID!) { setActivityStatus(id: $id, status: HELD) { status } }`, { id: activity.id });
    await must(
      `mutation($a: ID!) { recordResult(actionId: $a, input: { type: POLICY, status: ADOPTED, title: "Politique nationale adoptée", date: "${today}" }) { id } }`,
      { a: action.id },
    );
    for (const period of ['period: "2026", target: 40, actual: 25', 'period: "2027", target: 80'])
      await must(`mutation($a: ID!) { setIndicator(actionId: $a, input: { name: "Officials trained", unit: "people", baseline: 0, ${period} }) { id } }`, {
        a: action.id,
      });

    const { page, context } = await open('/fr');
    try {
      await signIn(page, 'PARTNER', visitor.email, { org: visitor.org });
      await page.getByRole('heading', { level: 1, name: 'Partner space' }).waitFor();
      const row = page.getByRole('row', { name: new RegExp(visitor.reference) });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/Politique nationale de migration de travail\s+Morocco\s+.*\s+Approved/);

      await page.getByRole('heading', { level: 2, name: 'Your Actions' }).waitFor();
      const card = page.getByRole('article', { name: `${action.reference}: Politique nationale de migration de travail` });
      await card.waitFor();
      expect(await card.getByRole('paragraph').first().innerText()).toMatch(/^Completed · Morocco · launched on /);
      const held = card.getByRole('listitem').filter({ hasText: 'Formation de formateurs' });
      expect(await held.first().innerText()).toMatch(/^Formation de formateurs \(training, held\), .+ to .+, Rabat/);
      const official = expert!.publicOfficial ? 'public official' : 'not a public official';
      const national = expert!.euNational ? 'national of an EU Member State' : 'not a national of an EU Member State';
      expect(await card.getByRole('list', { name: 'Experts deployed' }).innerText()).toBe(`An expert (lead expert): ${official}, ${national}`);
      expect(await card.locator('.results').innerText()).toMatch(/^Politique nationale adoptée \(policy, adopted, .+\)$/);
      const indicator = card.getByRole('table', { name: 'Officials trained (people), baseline 0' });
      expect(await indicator.locator('tbody tr').allInnerTexts()).toEqual(['2026\t40\t25\t63%', '2027\t80\t–\t–']);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('every page', () => {
  const pages = ['', '/request', '/track', '/experts/apply', '/sign-in', '/my-space', '/partner'];

  it.each(['en', 'fr'])(
    'in %s has no serious or critical accessibility problem (axe-core, WCAG 2.1 AA), at 360 px too',
    async (lang) => {
      // axe-core is injected into the page: the portal's Content-Security-Policy would refuse it.
      const { page, context } = await open(`/${lang}`, { bypassCSP: true });
      try {
        const problems = await auditPages(
          page,
          stack.portal.url,
          lang,
          pages.map((path, index) => ({
            path,
            width: index % 2 ? 360 : 1024,
            before: async (on) => {
              if (path === '/my-space') await signIn(on, 'EXPERT', expert.email, { expertId: expert.id });
              // The partner space with its institution's Action on it (the partner's test above linked it).
              if (path === '/partner') await signIn(on, 'PARTNER', visitor.email, { org: visitor.org });
            },
          })),
        );
        expect(problems).toEqual({});
      } finally {
        await context.close();
      }
    },
    120_000,
  );

  it('called no host but the portal and the graph', () => {
    expect([...stack.driver.hosts].sort()).toEqual([new URL(stack.portal.url).host, new URL(stack.graph.url).host].sort());
  });
});
