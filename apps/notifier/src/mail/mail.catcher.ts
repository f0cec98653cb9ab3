import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An e-mail as the catcher received it. */
export interface CaughtMail {
  /** Where it was written: `<time>-<n>.eml` (the message as sent) beside `.json` (what it says). */
  file: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  language: string | null;
  text: string;
  html: string | null;
}

export interface MailCatcher {
  port: number;
  folder: string;
  /** Every e-mail received since it started, in order. */
  caught: CaughtMail[];
  close(): Promise<void>;
}

/**
 * A local SMTP server that keeps every e-mail instead of delivering it, for development (`npm start`)
 * and tests: each message is written to `folder` as `.eml` and `.json`. Loopback only, no TLS, any login.
 */
export async function startMailCatcher(options: { port: number; folder: string; host?: string }): Promise<MailCatcher> {
  mkdirSync(options.folder, { recursive: true });
  const caught: CaughtMail[] = [];
  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (parsed) => {
            const file = join(options.folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${caught.length + 1}`);
            const mail: CaughtMail = {
              file: `${file}.eml`,
              messageId: parsed.messageId ?? null,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              language: (parsed.headers.get('content-language') as string | undefined) ?? null,
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : null,
            };
            writeFileSync(`${file}.eml`, raw);
            writeFileSync(`${file}.json`, `${JSON.stringify(mail, null, 2)}\n`);
            caught.push(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return { port, folder: options.folder, caught, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
