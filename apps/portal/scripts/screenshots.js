#!/usr/bin/env node
// @ts-check
// Screenshots of every page in English and French for the README (docs/screenshots/), taken from a running
// `npm start` (the portal at PORTAL_URL, http://localhost:4005 by default; the graph it is configured with).
// The dashboard shows an analyst's view of Africa since 2016. The expert's space shows an expert who
// applies here; the partner space, the contact of a demo request signed in as its institution (linked to
// the request here, as a project officer does), with a questionnaire waiting for it. The officer's own requests and Actions are Amina Diallo's
// (Africa's coordinator in the demo); the calendar shows the month of the latest approved Action's first activity.
// `npm run screenshots -w apps/portal` (all pages), `npm run screenshots -w apps/portal -- my-work calendar` (those named).
const { mkdirSync } = require('node:fs');
const { join } = require('node:path');
const { chromium } = require('playwright-core');

const PORTAL = process.env.PORTAL_URL ?? 'http://localhost:4005';
const OUT = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** @param {string} graphUrl @param {Record<string, unknown>} body */
async function devToken(graphUrl, body) {
  const response = await fetch(new URL('/dev/token', graphUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/dev/token answered ${response.status}: is the graph a development one?`);
  return /** @type {{ token: string }} */ (await response.json()).token;
}

/** @param {string} graphUrl @param {string} query @param {Record<string, unknown>} variables @param {string | null} token */
async function graphql(graphUrl, query, variables = {}, token = null) {
  const response = await fetch(graphUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = /** @type {{ data: any, errors?: unknown[] }} */ (await response.json());
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main() {
  const config = /** @type {{ graphUrl: string }} */ (await (await fetch(`${PORTAL}/config.json`)).json());
  const officer = await devToken(config.graphUrl, { role: 'PROJECT_OFFICER' });
  const { requests } = await graphql(
    config.graphUrl,
    '{ requests(first: 100, filter: { status: [APPROVED] }) { edges { node { id contact { email } action { status } } } } }',
    {},
    officer,
  );
  // The latest approved request whose Action has closed: its partner has held activities to evaluate.
  const approved = requests.edges.map((/** @type {any} */ e) => e.node);
  const request = approved.find((/** @type {any} */ r) => r.action?.status === 'CLOSED') ?? approved[0];
  const partnerEmail = request?.contact?.email ?? 'focal.point@example.org';
  // A partner reads the requests of its institution, which a project officer links to the request.
  const linked = request
    ? (await graphql(config.graphUrl, 'mutation ($id: ID!) { createPartnerFromRequest(requestId: $id) { partners { id } } }', { id: request.id }, officer))
        .createPartnerFromRequest.partners[0]?.id
    : undefined;
  const { applyToRoster: expert } = await graphql(
    config.graphUrl,
    `
      mutation ($input: RosterApplicationInput!) {
        applyToRoster(input: $input) {
          id
        }
      }
    `,
    {
      input: {
        fullName: 'Ana López',
        email: `ana.lopez.${Date.now()}@interior.gob.es`,
        nationality: 'ES',
        employerType: 'EU_MEMBER_STATE_ADMINISTRATION',
        memberState: 'ES',
        publicOfficial: true,
        thematicAreas: ['IRREGULAR_MIGRATION_AND_TRAFFICKING'],
        languages: ['es', 'fr', 'en'],
        regions: ['AFRICA'],
        availability: [{ from: '2027-01-10', to: '2027-03-31' }],
        cvSummary: 'Border management officer; trainer on document fraud.',
        consent: true,
        privacyNoticeVersion: '2026-12',
      },
    },
  );
  // A questionnaire waiting for the partner's institution: its Action's latest held activity opened to partner authorities.
  if (request) {
    const { request: own } = await graphql(
      config.graphUrl,
      'query ($id: ID!) { request(id: $id) { action { activities(first: 50) { edges { node { id status } } } } } }',
      { id: request.id },
      officer,
    );
    const ownHeld = (own?.action?.activities.edges ?? [])
      .map((/** @type {any} */ e) => e.node)
      .filter((/** @type {any} */ a) => a.status === 'HELD')
      .pop();
    if (ownHeld)
      await graphql(
        config.graphUrl,
        'mutation ($a: ID!) { openEvaluation(activityId: $a, input: { participants: 0, partnerAuthorities: 1, validForDays: 30 }) { links { token } } }',
        { a: ownHeld.id },
        officer,
      );
  }
  // An evaluation link of an activity held, as a project officer sends it to participants.
  const { actions: closed } = await graphql(
    config.graphUrl,
    '{ actions(filter: { status: [CLOSED] }, first: 1) { edges { node { activities(first: 20) { edges { node { id status } } } } } } }',
    {},
    officer,
  );
  const held = closed.edges[0].node.activities.edges.map((/** @type {any} */ e) => e.node).find((/** @type {any} */ a) => a.status === 'HELD');
  const { openEvaluation } = await graphql(
    config.graphUrl,
    'mutation ($a: ID!) { openEvaluation(activityId: $a, input: { participants: 1, validForDays: 7 }) { links { token } } }',
    { a: held.id },
    officer,
  );
  // The month of the first activity of the latest approved Action that has one, for the calendar.
  const { actions: latest } = await graphql(
    config.graphUrl,
    '{ actions(first: 20) { edges { node { activities(first: 1) { edges { node { startsOn } } } } } } }',
    {},
    officer,
  );
  const firstActivity = latest.edges.map((/** @type {any} */ e) => e.node.activities.edges[0]?.node).find(Boolean);
  const month = (firstActivity?.startsOn ?? new Date().toISOString()).slice(0, 7);
  // An Action under way, as its project officer works on it.
  const { actions: underWay } = await graphql(
    config.graphUrl,
    '{ actions(filter: { status: [IN_IMPLEMENTATION] }, first: 1) { edges { node { id } } } }',
    {},
    officer,
  );
  const sessions = {
    expert: await devToken(config.graphUrl, { role: 'EXPERT', sub: 'ana.lopez@interior.gob.es', expertId: expert.id }),
    partner: await devToken(config.graphUrl, { role: 'PARTNER', sub: partnerEmail, ...(linked ? { org: linked } : {}) }),
    analyst: await devToken(config.graphUrl, { role: 'ANALYST', sub: 'analyst@icmpd.org' }),
    officer,
    ownOfficer: await devToken(config.graphUrl, { role: 'PROJECT_OFFICER', sub: 'amina.diallo@mieux.example.eu' }),
    committee: await devToken(config.graphUrl, { role: 'STEERING_COMMITTEE', sub: 'member@ec.europa.eu' }),
  };
  /** @type {[string, string, keyof typeof sessions | null][]} */
  const pages = [
    ['home', '', null],
    ['request', '/request', null],
    ['track', '/track', null],
    ['expert-apply', '/experts/apply', null],
    ['sign-in', '/sign-in', null],
    ['expert-space', '/my-space', 'expert'],
    ['partner-space', '/partner', 'partner'],
    ['requests', '/requests', 'officer'],
    ['request-work', `/requests/${request?.id ?? ''}`, 'officer'],
    ['decisions', '/decisions', 'committee'],
    ['my-work', '/my-work', 'ownOfficer'],
    ['calendar', `/calendar?month=${month}`, 'ownOfficer'],
    ['action', `/actions/${underWay.edges[0]?.node.id ?? ''}`, 'officer'],
    ['analysis', '/analysis?region=AFRICA&from=2016-01-01', 'analyst'],
    ['factsheet', '/factsheet', null],
    ['questionnaire', `/evaluation/${openEvaluation.links[0].token}`, null],
  ];
  const only = process.argv.slice(2);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const lang of ['en', 'fr']) {
      for (const [name, path, session] of pages.filter(([n]) => only.length === 0 || only.includes(n))) {
        const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: lang });
        const page = await context.newPage();
        if (session) {
          const token = sessions[session];
          const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
          const stored = { token, sub: claims.sub, roles: claims.roles, expertId: claims.expertId ?? null, expiresAt: claims.exp * 1000, via: 'development' };
          await page.goto(`${PORTAL}/${lang}`);
          await page.evaluate((value) => sessionStorage.setItem('mieux.session', value), JSON.stringify(stored));
        }
        await page.goto(`${PORTAL}/${lang}${path}`);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
        const file = join(OUT, `${name}-${lang}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
