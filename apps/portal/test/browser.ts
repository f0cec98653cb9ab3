import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { freePort, startGraph, type RunningGraph } from '@mieux/service-kit/testing';

/** Debian's headless Chromium driven by Playwright (CHROMIUM_PATH to use another). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface RunningPortal {
  url: string;
  close(): Promise<void>;
}

/** The built portal served by its own server process (server/serve.js), pointed at a graph. */
export async function startPortal(graphUrl: string): Promise<RunningPortal> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '..', 'server', 'serve.js')], {
    env: { PATH: process.env.PATH, PORT: String(port), GRAPH_URL: graphUrl, NODE_ENV: 'test' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`the portal server exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page as it stands. */
export async function accessibilityViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Moves the keyboard focus with Tab until it reaches the control, proving the control is reached by the
 * keyboard in the page's order (at most `limit` presses).
 */
export async function tabTo(page: Page, control: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await control.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${control.toString()} is not reached with Tab`);
}

/** Pages of one portal in one browser, and every host they called. */
export interface PortalDriver {
  /** Hosts the pages called: the portal's and the graph's only, when all is well. */
  hosts: Set<string>;
  open(path: string, options?: { width?: number; bypassCSP?: boolean; timezoneId?: string }): Promise<{ page: Page; context: BrowserContext }>;
  /** Signs in with the development role picker (the page lands where that role starts). */
  signIn(page: Page, role: string, email: string, ids?: { expertId?: string; org?: string }): Promise<void>;
}

export function portalDriver(browser: Browser, portal: RunningPortal): PortalDriver {
  const hosts = new Set<string>();
  return {
    hosts,
    async open(path, options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1024, height: 900 },
        acceptDownloads: true,
        bypassCSP: options.bypassCSP ?? false,
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      });
      const page = await context.newPage();
      page.on('request', (request) => hosts.add(new URL(request.url()).host));
      await page.goto(`${portal.url}${path}`);
      return { page, context };
    },
    async signIn(page, role, email, ids = {}) {
      await page.goto(`${portal.url}/en/sign-in`);
      await page.getByLabel('Role').selectOption(role);
      await page.getByLabel('E-mail').fill(email);
      if (ids.expertId) await page.getByLabel('Application number').fill(ids.expertId);
      if (ids.org) await page.getByLabel('Partner institution (its id)').fill(ids.org);
      await page.getByRole('button', { name: 'Sign in with this role' }).click();
      // Signed in once the page has left for the role's landing page (a navigation before would cancel it).
      await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    },
  };
}

/** The elements that reach past the page's width (none when the page fits a narrow screen), as tag.class. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll, .visually-hidden'))
      .filter((el) => ![...el.children].some((child) => child.getBoundingClientRect().right > width + 1))
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`);
  });
}

/** The whole graph on MySQL with the demo portfolio, the built portal in front of it, and a browser. */
export interface PortalStack {
  graph: RunningGraph;
  portal: RunningPortal;
  browser: Browser;
  driver: PortalDriver;
  close(): Promise<void>;
}

export async function startPortalStack(): Promise<PortalStack> {
  const graph = await startGraph({ seedDemo: true });
  const portal = await startPortal(graph.url);
  const browser = await launchChromium();
  return {
    graph,
    portal,
    browser,
    driver: portalDriver(browser, portal),
    close: async () => {
      await browser.close();
      await portal.close();
      await graph.close();
    },
  };
}

/** One page to audit: its path under the language, the width to see it at, and what to do before (a sign-in). */
export interface Visit {
  path: string;
  width: number;
  before?: (page: Page) => Promise<void>;
}

/**
 * Visits each page in the language and returns its problems by page: axe-core's serious and critical
 * WCAG 2.1 AA violations, and at 360 px what reaches past the screen. Empty when every page is clean.
 */
export async function auditPages(page: Page, portalUrl: string, lang: string, visits: Visit[]): Promise<Record<string, unknown>> {
  const problems: Record<string, unknown> = {};
  for (const { path, width, before } of visits) {
    await before?.(page);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${portalUrl}/${lang}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const found = await accessibilityViolations(page);
    if (found.length) problems[`${path} at ${width}`] = found;
    const wide = width <= 360 ? await overflowing(page) : [];
    if (wide.length) problems[`${path} at ${width}, wider than the screen`] = wide;
  }
  return problems;
}

/** A test file's stack: started before its tests, closed after them; its fields are there once they run. */
export function usePortalStack(): PortalStack {
  const stack = {} as PortalStack;
  beforeAll(async () => {
    Object.assign(stack, await startPortalStack());
  }, 240_000);
  afterAll(() => stack.close?.());
  return stack;
}
