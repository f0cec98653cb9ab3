import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  resolved?: string;
  link?: boolean;
  hasInstallScript?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** Where npm installs a dependency of the package at `from`: the nearest node_modules up the tree. */
function locate(from: string, name: string): string | null {
  for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
    const path = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[path]) return path;
    if (!base) return null;
  }
}

describe("the portal's dependencies", () => {
  it('are downloaded from the npm registry only', () => {
    const elsewhere = Object.entries(lock.packages).filter(
      ([, entry]) =>
        entry.resolved &&
        !entry.link &&
        !entry.resolved.startsWith('https://registry.npmjs.org/') &&
        !/^(apps|packages|infra|bench|scripts)(\/|$)/.test(entry.resolved),
    );
    expect(elsewhere.map(([path, entry]) => `${path} ${entry.resolved}`)).toEqual([]);
  });

  it('need no install script (npm 11 does not run them)', () => {
    const seen = new Set<string>();
    const visit = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const name of Object.keys(lock.packages[path]?.dependencies ?? {})) {
        const found = locate(path, name);
        if (found) visit(found);
      }
    };
    // The page's libraries are the portal's devDependencies (they end up in the build); its server's are dependencies.
    const portal = lock.packages['apps/portal'];
    for (const name of Object.keys({ ...portal.dependencies, ...portal.devDependencies })) {
      const found = locate('apps/portal', name);
      if (found) visit(found);
    }
    const withScripts = [...seen].filter((path) => lock.packages[path]?.hasInstallScript);
    expect(seen.size).toBeGreaterThan(20);
    expect(withScripts).toEqual([]);
  });
});
