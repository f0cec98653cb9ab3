import { messageDomain } from './mail.sender';

describe("the notifier's Message-IDs", () => {
  it("name MAIL_FROM's domain, with or without a display name", () => {
    expect(messageDomain('MIEUX+ <no-reply@mieux.example.eu>')).toBe('mieux.example.eu');
    expect(messageDomain('no-reply@icmpd.org')).toBe('icmpd.org');
    expect(messageDomain('MIEUX+')).toBe('mieux.localhost');
  });
});
