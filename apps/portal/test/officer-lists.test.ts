import type { Page } from 'playwright-core';
import { daysFromToday, mustAnswer, type Caller } from '@mieux/service-kit/testing';
import { auditPages, tabTo, usePortalStack } from './browser';

/**
 * A project officer's own work and the calendar across Actions, in a real browser against the real graph
 * and the demo portfolio: Amina Diallo (Africa's coordinator) signs in with the development role picker,
 * finds her requests and Actions and none of Karim Haddad's (the Southern Neighbourhood's), and an activity
 * she plans on one of her Actions in the calendar, a month or two ahead; every page passes axe.
 */
const stack = usePortalStack();

const amina: Caller = { role: 'PROJECT_OFFICER', sub: 'amina.diallo@mieux.example.eu' };
const karim: Caller = { role: 'PROJECT_OFFICER', sub: 'karim.haddad@mieux.example.eu' };
const LISTS = `{
  myRequests(first: 21) { totalCount edges { node { reference } } }
  myActions(first: 50) { totalCount edges { node { id reference status country { code } } } }
}`;

interface Lists {
  myRequests: { totalCount: number; edges: { node: { reference: string } }[] };
  myActions: { totalCount: number; edges: { node: { id: string; reference: string; status: string; country: { code: string } } }[] };
}
let hers: Lists;
let his: Lists;
const planned = { id: '', title: 'Training of border officials on document checks', startsOn: daysFromToday(45), action: { id: '', reference: '' } };

beforeAll(async () => {
  hers = await mustAnswer<Lists>(stack.graph, LISTS, {}, amina);
  his = await mustAnswer<Lists>(stack.graph, LISTS, {}, karim);
  const action = hers.myActions.edges.map((e) => e.node).find((a) => a.status === 'PLANNED' || a.status === 'IN_IMPLEMENTATION')!;
  planned.action = action;
  const { planActivity } = await mustAnswer<{ planActivity: { id: string } }>(
    stack.graph,
    `mutation($a: ID!, $input: ActivityInput!) { planActivity(actionId: $a, input: $input) { id } }`,
    {
      a: action.id,
      input: {
        type: 'TRAINING',
        format: 'TRAINING_OF_TRAINERS',
        title: planned.title,
        startsOn: planned.startsOn,
        endsOn: daysFromToday(46),
        countryCode: action.country.code,
        city: 'Regional training centre',
      },
    },
    amina,
  );
  planned.id = planActivity.id;
}, 60_000);

/** The month some months after (or before) a YYYY-MM month. */
const shiftMonth = (month: string, by: number) => {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 + by, 1)).toISOString().slice(0, 7);
};
const monthName = (date: string, lang = 'en') =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));

describe('a project officer’s requests and Actions', () => {
  it('lists hers, with their status, age and next step, a page at a time, and none of another officer’s; each leads to its page', async () => {
    expect(hers.myRequests.totalCount).toBeGreaterThan(20);
    expect(his.myRequests.totalCount).toBeGreaterThan(0);
    expect(his.myActions.totalCount).toBeGreaterThan(0);
    const { page, context } = await stack.driver.open('/en');
    try {
      await stack.driver.signIn(page, 'PROJECT_OFFICER', amina.sub!);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My requests and Actions' }).click();
      await page.getByRole('heading', { level: 1, name: 'My requests and Actions' }).waitFor();
      const requests = page.getByTestId('my-requests');
      const actions = page.getByTestId('my-actions');
      await requests.getByText(`1 to 20 of ${hers.myRequests.totalCount.toLocaleString('en')}`).waitFor();
      const first = hers.myRequests.edges[0].node.reference;
      await requests.getByRole('link', { name: first, exact: true }).waitFor();
      expect(await requests.getByRole('columnheader').allInnerTexts()).toEqual(['Reference', 'Title', 'Country or organisation', 'Status', 'Age', 'Next step']);
      await actions.getByRole('link', { name: planned.action.reference, exact: true }).waitFor();
      const text = (await requests.innerText()) + (await actions.innerText());
      for (const { node } of [...his.myRequests.edges, ...his.myActions.edges]) expect(text).not.toContain(node.reference);

      // Her Action shows the activity she planned as the next one.
      const row = actions.getByRole('row').filter({ has: page.getByRole('link', { name: planned.action.reference, exact: true }) });
      const on = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${planned.startsOn}T00:00:00Z`));
      expect(await row.innerText()).toContain(`training on ${on} (planned)`);

      // The next page of requests, and back.
      await requests.getByRole('button', { name: 'Next page' }).click();
      await requests.getByText(`21 to `).waitFor();
      await requests.getByRole('link', { name: hers.myRequests.edges[20].node.reference, exact: true }).waitFor();
      await requests.getByRole('button', { name: 'Previous page' }).click();
      await requests.getByRole('link', { name: first, exact: true }).click();
      await page.waitForURL(/\/en\/requests\/[^/]+$/);
      await page.getByRole('heading', { level: 1, name: new RegExp(first) }).waitFor();
      await page.goBack();
      await actions.getByRole('link', { name: planned.action.reference, exact: true }).click();
      await page.waitForURL(new RegExp(`/en/actions/${planned.action.id}$`));
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe('the calendar across Actions', () => {
  it('moves from month to month with the keyboard, shows the activity planned with its Action, type, place and status, and filters by region', async () => {
    const { page, context } = await stack.driver.open('/en');
    try {
      await stack.driver.signIn(page, 'PROJECT_OFFICER', amina.sub!);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
      await page.getByRole('heading', { level: 1, name: 'Calendar of activities' }).waitFor();
      await page.getByRole('heading', { level: 2, name: monthName(daysFromToday(0)) }).waitFor();
      const months = page.getByRole('navigation', { name: 'Months' });
      // Forward with the keyboard, a month at a time, to the month of the activity.
      for (let month = daysFromToday(0).slice(0, 7); month < planned.startsOn.slice(0, 7);) {
        month = shiftMonth(month, 1);
        await tabTo(page, months.getByRole('link', { name: /^Next month/ }));
        await page.keyboard.press('Enter');
        await page.getByRole('heading', { level: 2, name: monthName(month) }).waitFor();
      }
      expect(new URL(page.url()).searchParams.get('month')).toBe(planned.startsOn.slice(0, 7));
      const entry = page.locator('.calendar-entry').filter({ hasText: planned.title });
      await entry.waitFor();
      expect(await entry.innerText()).toMatch(new RegExp(`${planned.action.reference} ${planned.title}\\s+training · Regional training centre, .+ · planned`));
      // The week it starts in holds it.
      const week = page.locator('.agenda > li').filter({ has: entry });
      expect(await week.getByRole('heading', { level: 3 }).innerText()).toMatch(/^Week of /);

      // Another region's calendar does not hold it; Africa's does.
      const region = page.getByRole('search', { name: 'Filter the calendar' }).getByRole('combobox').first();
      await region.selectOption('ASIA_AND_PACIFIC');
      await page.waitForURL(/region=ASIA_AND_PACIFIC/);
      await entry.waitFor({ state: 'detached' });
      await region.selectOption('AFRICA');
      await entry.waitFor();

      // Back a month (it is not there), then its month's entry leads to the Action's page.
      await months.getByRole('link', { name: /^Previous month/ }).click();
      await page.getByRole('heading', { level: 2, name: monthName(shiftMonth(planned.startsOn.slice(0, 7), -1)) }).waitFor();
      await entry.waitFor({ state: 'detached' });
      await page.goto(`${stack.portal.url}/en/calendar?month=${planned.startsOn.slice(0, 7)}`);
      await entry.getByRole('link').click();
      await page.waitForURL(new RegExp(`/en/actions/${planned.action.id}$`));
    } finally {
      await context.close();
    }
  }, 90_000);
});

describe('the officer’s own pages', () => {
  it.each(['en', 'fr'])(
    'in %s have no serious or critical accessibility problem (axe-core, WCAG 2.1 AA), at 360 px too',
    async (lang) => {
      const { page, context } = await stack.driver.open(`/${lang}`, { bypassCSP: true });
      const asAmina = (on: Page) => stack.driver.signIn(on, 'PROJECT_OFFICER', amina.sub!);
      const month = `/calendar?month=${planned.startsOn.slice(0, 7)}`;
      try {
        const problems = await auditPages(page, stack.portal.url, lang, [
          { path: '/my-work', width: 1024, before: asAmina },
          { path: '/my-work', width: 360 },
          { path: month, width: 1024 },
          { path: month, width: 360 },
        ]);
        expect(problems).toEqual({});
        await page.goto(`${stack.portal.url}/${lang}${month}`);
        await page.getByRole('heading', { level: 2, name: monthName(planned.startsOn, lang) }).waitFor();
        await page.locator('.calendar-entry').filter({ hasText: planned.title }).waitFor();
      } finally {
        await context.close();
      }
    },
    120_000,
  );
});
