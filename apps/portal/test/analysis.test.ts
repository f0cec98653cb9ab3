import { analyst, eventually, mustAnswer, officer } from '@mieux/service-kit/testing';
import { auditPages, usePortalStack } from './browser';
import { csvFigures, csvRows, download, reloadedTiles, tiles } from './dashboard';

/**
 * The analysts' dashboard and the printable factsheet in a real browser against the real graph (demo
 * portfolio): filters kept in the address, figures equal to the graph's, moving when a record changes,
 * the exports holding the same figures, the factsheet reproducing 2009-2019; every page passes axe.
 */
const stack = usePortalStack();

const FIGURES = 'actions activities participants';
const graphFigures = async (filter: string) =>
  (await mustAnswer<any>(stack.graph, `{ portfolio(filter: { ${filter} }) { ${FIGURES} } }`, {}, analyst)).portfolio;

describe('an analyst', () => {
  it('filters the dashboard by country (the address keeps it), sees the graph’s figures move by what an officer records, and exports the same figures', async () => {
    const { page, context } = await stack.driver.open('/en');
    try {
      // An activity held with its participation recorded, of an Action approved after the factsheet's years.
      const { actions } = await mustAnswer<any>(
        stack.graph,
        `{ actions(filter: { approvedFrom: "2020-01-01" }, first: 50) { edges { node { country { code }
          activities(first: 50) { edges { node { id status participation { total women men undisclosed } } } } } } } }`,
        {},
        officer,
      );
      const [action, held] = actions.edges
        .flatMap((a: any) => a.node.activities.edges.map((e: any) => [a.node, e.node]))
        .find(([, activity]: any) => activity.status === 'HELD' && activity.participation);
      const COUNTRY: string = action.country.code;

      await stack.driver.signIn(page, 'ANALYST', 'analyst@icmpd.org');
      await page.getByRole('heading', { level: 1, name: 'Portfolio dashboard' }).waitFor();
      await page.getByLabel('Country or regional organisation').selectOption(COUNTRY);
      await page.waitForURL(new RegExp(`countryCode=${COUNTRY}`));
      const before = await graphFigures(`countryCode: "${COUNTRY}"`);
      await eventually(() => tiles(page), before);
      // The Actions table has the same Actions, a page at a time (its own query: counted once it answers for the filter).
      const table = page.getByTestId('actions-table');
      await page.getByText(new RegExp(`of ${before.actions}$|^${before.actions} Action$`)).waitFor();
      expect(await table.locator('tbody tr').count()).toBe(Math.min(before.actions, 20));

      // An officer records the participation of that activity again, seven people more.
      const { total, women, men, undisclosed } = held.participation;
      await mustAnswer(
        stack.graph,
        `mutation($a: ID!, $input: ParticipationInput!) { recordParticipation(activityId: $a, input: $input) { total } }`,
        { a: held.id, input: { total: total + 7, women: women + 7, men, undisclosed } },
        officer,
      );
      // The page shows the figure moved by exactly that once loaded again (figures may lag a write by moments).
      await eventually(() => reloadedTiles(page), { ...before, participants: before.participants + 7 }, { timeoutMs: 20_000, everyMs: 1000 });
      expect(await page.getByLabel('Country or regional organisation').inputValue()).toBe(COUNTRY);

      // The exports of the view hold the same figures and the same Actions.
      const { line, ...figures } = await csvFigures(page);
      expect(line).toBe('ALL');
      expect(figures).toEqual({ ...before, participants: before.participants + 7 });
      const rows = csvRows((await download(page, 'Actions (CSV)')).toString('utf8'));
      expect(rows.length - 1).toBe(before.actions);
      expect((await download(page, 'Figures (XLSX)')).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('the factsheet', () => {
  it('for 2009-2019 reproduces the 2021 factsheet, in English and in French, open to anyone', async () => {
    const { page, context } = await stack.driver.open('/en/factsheet?from=2009-01-01&to=2019-12-31');
    try {
      await page.getByRole('heading', { level: 1, name: 'MIEUX+ in figures, 2009–2019' }).waitFor();
      const lines = page.getByTestId('achievements');
      await lines.getByText('Implemented 109 Actions').waitFor();
      expect(await lines.innerText()).toBe(
        [
          'Implemented 109 Actions',
          'Organised 598 activities involving 12,466 participants',
          'Supported the development of 19 migration policies',
          'Deployed 340 experts, of whom 176 public officials from 22 EU Member States',
        ].join('\n'),
      );
      await page.getByRole('link', { name: 'Français' }).click();
      await page.getByRole('heading', { level: 1, name: 'MIEUX+ en chiffres, 2009–2019' }).waitFor();
      // French groups thousands with a narrow no-break space.
      expect((await lines.innerText()).replace(/\s/g, ' ')).toBe(
        [
          '109 Actions mises en œuvre',
          '598 activités organisées, avec 12 466 participants',
          "Appui à l'élaboration de 19 politiques migratoires",
          "340 experts déployés, dont 176 fonctionnaires de 22 États membres de l'UE",
        ].join(' '),
      );
      await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).waitFor();
      // Printed, only the factsheet: no navigation, no buttons.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' }).isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('the dashboard and the factsheet', () => {
  it.each(['en', 'fr'])(
    'in %s have no serious or critical accessibility problem (axe-core, WCAG 2.1 AA), at 360 px too, and call no other host',
    async (lang) => {
      const { page, context } = await stack.driver.open(`/${lang}`, { bypassCSP: true });
      try {
        await stack.driver.signIn(page, 'ANALYST', 'analyst@icmpd.org');
        const problems = await auditPages(page, stack.portal.url, lang, [
          { path: '/analysis?region=AFRICA', width: 1024 },
          { path: '/analysis', width: 360 },
          { path: '/factsheet', width: 1024 },
          { path: '/factsheet?region=ASIA_AND_PACIFIC', width: 360 },
        ]);
        expect(problems).toEqual({});
      } finally {
        await context.close();
      }
      expect([...stack.driver.hosts].sort()).toEqual([new URL(stack.portal.url).host, new URL(stack.graph.url).host].sort());
    },
    120_000,
  );
});
