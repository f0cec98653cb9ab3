import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { prettyByDefault } from './logger';

describe('logs', () => {
  it('are pretty only for a person at a terminal in development, never in production', () => {
    expect(prettyByDefault({}, { isTTY: true })).toBe(true);
    expect(prettyByDefault({ NODE_ENV: 'development' }, { isTTY: true })).toBe(true);
    expect(prettyByDefault({}, { isTTY: false })).toBe(false);
    expect(prettyByDefault({}, {})).toBe(false);
    expect(prettyByDefault({ NODE_ENV: 'production' }, { isTTY: true })).toBe(false);
  });

  it('are JSON lines naming their level in words, or readable lines when pretty', () => {
    const kit = JSON.stringify(join(__dirname, '..', 'dist'));
    const log = (pretty: boolean) =>
      spawnSync(process.execPath, ['-e', `require(${kit}).createLogger('experts', 'info', ${pretty}).warn({ requestId: 'r-1' }, 'slow sql statement')`], {
        encoding: 'utf8',
      }).stdout;
    expect(JSON.parse(log(false))).toMatchObject({ level: 'warn', service: 'experts', requestId: 'r-1', msg: 'slow sql statement' });
    expect(log(true)).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] .*WARN.*: .*slow sql statement/);
    expect(log(true)).toContain('requestId: "r-1"');
  });
});

describe('what a log line may carry', () => {
  const kit = JSON.stringify(join(__dirname, '..', 'dist'));
  /** What a logger at `level` writes for `script` (given `logger`, and the kit as `kit`). */
  const written = (level: string, script: string, pretty = false) =>
    spawnSync(process.execPath, ['-e', `const kit = require(${kit}); const logger = kit.createLogger('experts', '${level}', ${pretty}); ${script}`], {
      encoding: 'utf8',
    }).stdout;
  const EMAIL = 'lena.berg@gov.example.se';
  const PHONE = '+46 70 123 45 67';

  it('censors personal fields at any depth, in JSON and pretty lines alike', () => {
    const script = `logger.warn({ email: '${EMAIL}', input: { contact: { name: 'Lena Berg', phone: '${PHONE}' }, fullName: 'Lena Berg' }, a: { b: { c: { d: { phone: '${PHONE}' } } } }, headers: { 'x-mieux-identity': 'signed', authorization: 'Bearer t' } }, 'profile refused')`;
    for (const pretty of [false, true]) {
      const line = written('info', script, pretty);
      expect(line).toContain('profile refused');
      for (const personal of [EMAIL, PHONE, 'Lena Berg', 'signed', 'Bearer t']) expect(line).not.toContain(personal);
    }
    expect(JSON.parse(written('info', script))).toMatchObject({ email: '[personal]', input: { contact: '[personal]', fullName: '[personal]' } });
  });

  it('masks e-mail addresses in any text, and cuts long values, lists and messages', () => {
    const line = JSON.parse(
      written(
        'info',
        `logger.info({ note: 'write to ${EMAIL} today', large: 'x'.repeat(300000), list: Array.from({ length: 1000 }, (_, i) => i) }, 'y'.repeat(300000))`,
      ),
    );
    expect(line.note).toBe('write to [e-mail] today');
    expect(line.large.length).toBeLessThan(2100);
    expect(line.list).toHaveLength(21);
    expect(line.msg.length).toBeLessThan(2100);
  });

  it('logs a failed statement by its text and code, never its parameters or the values the database quotes back', () => {
    const script = `
      const error = Object.assign(new Error("Duplicate entry '${EMAIL}' for key 'uq_email'"), { code: 'ER_DUP_ENTRY', errno: 1062, sqlState: '23000', sqlMessage: "Duplicate entry '${EMAIL}' for key 'uq_email'", sql: "INSERT INTO expert VALUES ('${EMAIL}', '${PHONE}')" });
      const failed = Object.assign(new Error(error.message), { name: 'QueryFailedError', query: 'INSERT INTO expert VALUES (?, ?)', parameters: ['${EMAIL}', '${PHONE}'], driverError: error });
      new kit.QueryCountingLogger(logger).logQueryError(error, failed.query, failed.parameters);
      logger.error({ err: failed }, 'unexpected error');`;
    for (const level of ['info', 'trace']) {
      const output = written(level, script);
      expect(output).not.toContain(EMAIL);
      expect(output).not.toContain(PHONE);
      const [warning, error] = output
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(warning).toMatchObject({
        msg: 'sql statement failed',
        sql: 'INSERT INTO expert VALUES (?, ?)',
        err: { code: 'ER_DUP_ENTRY', errno: 1062, sqlState: '23000' },
      });
      expect(error.err).toMatchObject({
        message: "Duplicate entry '…' for key 'uq_email'",
        query: 'INSERT INTO expert VALUES (?, ?)',
        cause: { code: 'ER_DUP_ENTRY' },
      });
    }
  });

  it('carries stacks at debug and trace only', () => {
    const script = `logger.error({ err: new Error('broken') }, 'unexpected error')`;
    expect(JSON.parse(written('info', script)).err).toEqual({ type: 'Error', message: 'broken' });
    expect(JSON.parse(written('warn', script)).err.stack).toBeUndefined();
    expect(JSON.parse(written('debug', script)).err.stack).toMatch(/^Error: broken\n\s+at /);
  });
});
