import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The portal's build (npm run build runs before the tests). */
const DIST = join(__dirname, '..', 'dist');
/** The most JavaScript, gzip, a public page may load before it shows. */
const FIRST_LOAD_BUDGET = 200 * 1024;

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const gzipSize = (file: string) => gzipSync(readFileSync(join(DIST, file))).length;

/** The scripts index.html loads: its entry module and the chunks it preloads. */
function firstLoadScripts(): string[] {
  return [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g)].map((m) => m[1]);
}

describe('the first load of a public page', () => {
  it(`is at most ${FIRST_LOAD_BUDGET / 1024} kB of JavaScript, gzip`, () => {
    const scripts = firstLoadScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const total = scripts.reduce((sum, file) => sum + gzipSize(file), 0);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it('leaves the world map, sign-in and the signed-in spaces to chunks loaded when needed', () => {
    const first = firstLoadScripts().join(' ');
    const lazy = readdirSync(join(DIST, 'assets')).filter((f) => /^(WorldMap|oidc|SignIn|ExpertSpace|PartnerSpace)-.*\.js$/.test(f));
    expect(lazy.map((f) => f.split('-')[0]).sort()).toEqual(['ExpertSpace', 'PartnerSpace', 'SignIn', 'WorldMap', 'oidc'].sort());
    for (const file of lazy) expect(first).not.toContain(file);
  });
});
