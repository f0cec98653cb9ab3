import { createTransport, type Transporter } from 'nodemailer';
import type { MailConfig } from '@mieux/service-kit';

/** One e-mail to one person. */
export interface Outgoing {
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  language: string;
  /** The same for every attempt at one event and recipient: a receiving system may drop a second copy by it. */
  messageId: string;
}

/** The domain of the notifier's Message-IDs: MAIL_FROM's. */
export function messageDomain(from: string): string {
  return /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'mieux.localhost';
}

/** Sends e-mails over SMTP (SMTP_URL), pooled; resolves once the server has accepted the message. */
export class MailSender {
  private readonly transport: Transporter;

  constructor(private readonly config: MailConfig) {
    this.transport = createTransport(config.smtpUrl, { from: config.from });
  }

  async send(mail: Outgoing): Promise<void> {
    await this.transport.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: mail.messageId,
      headers: { 'Content-Language': mail.language.toLowerCase(), 'Auto-Submitted': 'auto-generated' },
    });
  }

  close(): void {
    this.transport.close();
  }
}
