import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

describe('the gateway process', () => {
  it('loads no database driver: it uses the kit through its light subpaths only', () => {
    const script = `require(${JSON.stringify(join(__dirname, '..', 'dist', 'gateway-server.js'))});
      console.log(JSON.stringify(Object.keys(require.cache).filter((k) => /node_modules\\/(typeorm|mysql2|sql\\.js)\\//.test(k))));`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    expect(loaded).toEqual([]);
  });
});
