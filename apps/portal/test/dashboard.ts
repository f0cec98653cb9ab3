import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The dashboard's figures the tests follow, as the page and the graph name them. */
export interface Figures {
  actions: number;
  activities: number;
  participants: number;
}

/** A key figure as the page shows it, back to a number. */
const tile = async (page: Page, figure: string) => Number((await page.locator(`[data-figure="${figure}"] strong`).innerText()).replace(/\D/g, ''));

/** The dashboard's key figures as the page shows them. */
export async function tiles(page: Page): Promise<Figures> {
  return {
    actions: await tile(page, 'actions'),
    activities: await tile(page, 'activities'),
    participants: await tile(page, 'participants'),
  };
}

/** The dashboard's key figures once it is loaded again (figures may lag a write by moments). */
export async function reloadedTiles(page: Page): Promise<Figures> {
  await page.reload();
  await page.locator('[data-figure="participants"] strong').waitFor();
  return tiles(page);
}

/** The lines of a CSV the dashboard exports, each split into its cells. */
export function csvRows(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
}

/** Downloads the file a button of the dashboard exports and reads it. */
export async function download(page: Page, button: string): Promise<Buffer> {
  const file = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFileSync(await (await file).path());
}

/** The figures of the whole view (its ALL line) in the dashboard's figures CSV. */
export async function csvFigures(page: Page): Promise<Figures & { line: string }> {
  const [header, all] = csvRows((await download(page, 'Figures (CSV)')).toString('utf8'));
  const column = (name: string) => Number(all[header.indexOf(name)]);
  return { line: all[0], actions: column('actions'), activities: column('activities'), participants: column('participants') };
}
