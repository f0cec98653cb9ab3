import type { Browser, Page } from 'playwright-core';
import { readExamples } from '@mieux/examples';
import { startFixtureGraph, type FixtureGraph } from '../fixtures/two-subgraphs';
import { launchChromium } from './chromium';

let graph: FixtureGraph;
let browser: Browser;

beforeAll(async () => {
  graph = await startFixtureGraph();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

/** Opens the landing page with every request to another host refused, as on a machine offline. */
async function openOffline(): Promise<{ page: Page; refused: string[] }> {
  const context = await browser.newContext();
  const refused: string[] = [];
  const gatewayHost = new URL(graph.url).host;
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === gatewayHost) return route.continue();
    refused.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  await page.goto(graph.url);
  return { page, refused };
}

describe('the development landing page', () => {
  it('shows GraphiQL served by the gateway, with the README examples in tabs and a token in the headers editor, with no other host', async () => {
    const { page, refused } = await openOffline();
    try {
      await page.locator('.graphiql-query-editor .CodeMirror').first().waitFor({ timeout: 20_000 });
      expect(await page.locator('.graphiql-query-editor').innerText()).toMatch(/checkEligibility/);
      const examples = readExamples();
      expect(examples.length).toBeGreaterThanOrEqual(3);
      expect(await page.locator('.graphiql-tab').count()).toBe(examples.length);
      // The tabs are named by the examples' operations, in the README's order.
      expect(await page.locator('.graphiql-tab').allInnerTexts()).toEqual(examples.map((e) => e.name));
      await page.getByRole('button', { name: 'Headers' }).click();
      expect(await page.locator('.graphiql-editor-tool').innerText()).toMatch(/"Authorization": "Bearer [\w-]+\.[\w-]+\.[\w-]+"/);
      // The schema came from the gateway through GraphiQL's own fetcher: the documentation explorer lists its root fields.
      await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
      await page.getByText('Query', { exact: true }).first().click();
      await page.getByText('things', { exact: true }).first().waitFor({ timeout: 10_000 });
      expect(refused).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('serves its scripts itself', async () => {
    const base = graph.url.replace('/graphql', '');
    for (const path of [
      '/graphiql/graphiql.min.js',
      '/graphiql/react.production.min.js',
      '/graphiql/react-dom.production.min.js',
      '/graphiql/graphiql.min.css',
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });
});
