import {
  assertLinkRequest,
  choicesOf,
  EXTENT_LABELS,
  EXTENTS,
  linkRefusal,
  linksToIssue,
  linkState,
  MAX_LINK_VALIDITY_DAYS,
  MAX_LINKS_PER_RESPONDENT_TYPE,
  QUESTIONNAIRE,
} from './questionnaire';
import { RATINGS } from './monitoring';

describe('the questionnaire', () => {
  it('asks the overall rating, relevance and usefulness, and leaves the comment optional', () => {
    expect(QUESTIONNAIRE.map((q) => [q.code, q.kind, q.required])).toEqual([
      ['OVERALL', 'RATING', true],
      ['RELEVANCE', 'EXTENT', true],
      ['USEFULNESS', 'EXTENT', true],
      ['COMMENT', 'TEXT', false],
    ]);
  });

  it('offers the choices of each kind of question in the language asked, best first', () => {
    expect(choicesOf('RATING', 'FR').map((c) => c.code)).toEqual([...RATINGS]);
    expect(choicesOf('RATING', 'FR')[1]).toEqual({ code: 'VERY_GOOD', label: 'Très bien' });
    expect(choicesOf('EXTENT', 'EN')).toEqual(EXTENTS.map((code) => ({ code, label: EXTENT_LABELS[code].EN })));
    expect(choicesOf('TEXT', 'EN')).toEqual([]);
  });
});

describe('opening an evaluation', () => {
  const ok = { participants: 20, partnerAuthorities: 2, validForDays: 30 };

  it('issues one link per respondent, participants first', () => {
    expect(() => assertLinkRequest(ok)).not.toThrow();
    expect(linksToIssue({ participants: 2, partnerAuthorities: 1 })).toEqual(['PARTICIPANT', 'PARTICIPANT', 'PARTNER_AUTHORITY']);
    expect(() => assertLinkRequest({ ...ok, participants: 0 })).not.toThrow();
    expect(() => assertLinkRequest({ ...ok, partnerAuthorities: MAX_LINKS_PER_RESPONDENT_TYPE, validForDays: MAX_LINK_VALIDITY_DAYS })).not.toThrow();
  });

  it.each([
    [{ ...ok, participants: -1 }, 'input.participants must be a whole number from 0 to 500'],
    [{ ...ok, participants: 1.5 }, 'input.participants must be a whole number from 0 to 500'],
    [{ ...ok, partnerAuthorities: 501 }, 'input.partnerAuthorities must be a whole number from 0 to 500'],
    [{ ...ok, participants: 0, partnerAuthorities: 0 }, 'input.participants and input.partnerAuthorities are both 0: no link to issue'],
    [{ ...ok, validForDays: 0 }, 'input.validForDays must be a whole number of days from 1 to 90'],
    [{ ...ok, validForDays: 91 }, 'input.validForDays must be a whole number of days from 1 to 90'],
    [{ ...ok, validForDays: 2.5 }, 'input.validForDays must be a whole number of days from 1 to 90'],
  ])('refuses %o', (request, message) => {
    expect(() => assertLinkRequest(request)).toThrow(message);
  });
});

describe('a link', () => {
  const now = new Date('2026-12-05T12:00:00Z');
  it('is open until it expires, and answered once and for all', () => {
    expect(linkState({ used: false, expiresAt: new Date('2026-12-05T12:00:01Z') }, now)).toBe('OPEN');
    expect(linkState({ used: false, expiresAt: now }, now)).toBe('EXPIRED');
    expect(linkState({ used: true, expiresAt: new Date('2027-01-01T00:00:00Z') }, now)).toBe('ANSWERED');
    expect(linkRefusal('ANSWERED')).toMatch(/already been used/);
    expect(linkRefusal('EXPIRED')).toMatch(/expired/);
  });
});
