#!/usr/bin/env node
// `npm run seed -- [--scale N] [--reset]`: loads the demo portfolio (N copies) into the services'
// databases (DATABASE_URL, else the embedded ones), each through its own data layer, with progress bars.
const { rmSync } = require('node:fs');
const { join } = require('node:path');
const cliProgress = require('cli-progress');
const { ROOT, SUBGRAPHS, buildAndCompose, startService } = require('./lib/services');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

async function reset() {
  if (!process.env.DATABASE_URL) {
    rmSync(process.env.DATA_DIR ?? join(ROOT, '.data'), { recursive: true, force: true });
    return;
  }
  const { connectToServer } = require('@mieux/service-kit');
  const connection = await connectToServer(process.env.DATABASE_URL);
  for (const { name } of SUBGRAPHS) await connection.query(`DROP DATABASE IF EXISTS \`mieux_${name}\``);
  await connection.end();
}

async function main() {
  const scale = Number(option('--scale', '1'));
  if (!Number.isInteger(scale) || scale < 1 || scale > 100) {
    console.error('--scale must be a whole number from 1 to 100');
    process.exit(2);
  }
  await buildAndCompose();
  if (process.argv.includes('--reset')) {
    console.log('Emptying the databases first (--reset)…');
    await reset();
  }
  console.log(`Loading ${scale}× the demo portfolio into ${process.env.DATABASE_URL ? 'MySQL' : 'the embedded databases'}…`);
  const bars = new cliProgress.MultiBar({ hideCursor: true, clearOnComplete: false }, cliProgress.Presets.shades_classic);
  const failures = [];
  await Promise.all(
    SUBGRAPHS.map(async ({ name }) => {
      const bar = bars.create(1, 0, {}, { format: ` ${name.padEnd(10)} [{bar}] {percentage}% | {value}/{total}` });
      const service = startService(
        name,
        { SEED_DEMO: 'true', MIGRATE_ONLY: 'true', DEMO_SCALE: String(scale) },
        {
          onLog: (_, entry) => {
            if (entry.progress) {
              bar.setTotal(entry.progress.total);
              bar.update(entry.progress.done);
            } else if (['error', 'fatal'].includes(entry.level) || entry.level >= 50) failures.push(`${name}: ${entry.msg}`);
          },
          onText: (_, line) => failures.push(`${name}: ${line}`),
        },
      );
      const code = await service.exited;
      if (code !== 0) failures.push(`${name}: exited with code ${code}`);
      else bar.update(bar.getTotal());
    }),
  );
  bars.stop();
  if (failures.length > 0) {
    console.error(failures.join('\n'));
    process.exit(1);
  }
  console.log('The demo portfolio is loaded.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
