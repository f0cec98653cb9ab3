import { join } from 'node:path';
import { CATCHER_PORT_OFFSET, loadConfig, SERVICE_PORTS } from '@mieux/service-kit';
import { startMailCatcher } from './mail/mail.catcher';

/**
 * `npm run catcher -w apps/notifier`: the local SMTP catcher of development (PORT_BASE + 25, 4025 by
 * default), keeping each e-mail under `<DATA_DIR>/mail/` instead of delivering it. `npm start` runs it.
 */
async function main(): Promise<void> {
  const config = loadConfig('notifier');
  const port = Number(new URL(config.mail.smtpUrl).port) || SERVICE_PORTS.gateway + CATCHER_PORT_OFFSET;
  const folder = join(config.dataDir, 'mail');
  const catcher = await startMailCatcher({ port, folder, host: config.host });
  process.stdout.write(`SMTP catcher at smtp://${config.host}:${catcher.port}: e-mails are kept in ${folder}/ (.eml and .json)\n`);
  const stop = () => void catcher.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
