import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEVELOPMENT_CORS_ORIGINS } from './config';
import { PUBLIC_ERROR_CODES } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';
import { CORS_ALLOWED_HEADERS } from './server/cors';

/** The README's section for client apps says what the kit does: its CORS rules, its error codes, its pages. */
const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
const section = readme.split('\n## For client apps\n')[1]?.split('\n## ')[0] ?? '';
/** A paragraph of the section, by its bold title, with its line breaks as spaces. */
const paragraph = (title: string) => (section.split(`**${title}**`)[1]?.split('\n\n**')[0] ?? '').replace(/[ \n]+/g, ' ');

describe("the README's section for client apps", () => {
  it('shows the CORS configuration: CORS_ORIGINS, its default outside production, the headers a preflight allows', () => {
    const cors = paragraph('From a browser (CORS).');
    expect(cors).toContain(`CORS_ORIGINS=${DEVELOPMENT_CORS_ORIGINS.join(',')}`);
    expect(cors).toMatch(/production: none unless set/);
    for (const header of CORS_ALLOWED_HEADERS) expect(cors).toContain(`\`${header}\``);
    expect(cors).toContain('Credentials are never allowed');
  });

  it('lists every error code a client may see, and the masked one', () => {
    const table = paragraph('Errors.');
    const listed = new Set([...table.matchAll(/\| (`[^|]+)\|/g)].flatMap((row) => [...row[1].matchAll(/`([A-Z_]+)`/g)].map((m) => m[1])));
    expect([...PUBLIC_ERROR_CODES, 'INTERNAL_SERVER_ERROR'].filter((code) => !listed.has(code))).toEqual([]);
    expect([...listed].filter((code) => code !== 'INTERNAL_SERVER_ERROR' && !PUBLIC_ERROR_CODES.has(code))).toEqual([]);
  });

  it('shows pagination: both directions, every PageInfo field, the page sizes the kit enforces', () => {
    const pagination = paragraph('Pagination.');
    for (const word of ['`first`/`after`', '`last`/`before`', 'hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor', '`totalCount`'])
      expect(pagination).toContain(word);
    expect(pagination).toContain(`${DEFAULT_PAGE_SIZE} by default`);
    expect(pagination).toContain(`at most ${MAX_PAGE_SIZE}`);
    expect(pagination).toMatch(/<!-- examples: actions-page -->/);
  });
});
