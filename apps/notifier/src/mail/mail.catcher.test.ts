import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { startMailCatcher } from './mail.catcher';

describe('the development SMTP catcher', () => {
  it('keeps any e-mail it is sent, as sent (.eml) and as read (.json), a bare one too', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'mieux-catcher-'));
    const catcher = await startMailCatcher({ port: 0, folder });
    try {
      const transport = createTransport({ host: '127.0.0.1', port: catcher.port, secure: false, ignoreTLS: true });
      await transport.sendMail({ from: 'a@example.org', to: 'b@example.org', text: 'No subject, no HTML.' });
      transport.close();
      const [mail] = catcher.caught;
      expect(mail).toMatchObject({ from: 'a@example.org', to: ['b@example.org'], subject: '', language: null, html: null, text: 'No subject, no HTML.\n' });
      expect(JSON.parse(readFileSync(mail.file.replace(/\.eml$/, '.json'), 'utf8'))).toEqual(mail);
      expect(readFileSync(mail.file, 'utf8')).toContain('No subject, no HTML.');
    } finally {
      await catcher.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
