import { institutionRefusal, linkToTake, questionnaireForInstitution, questionnairesForInstitution, type PartnerAuthorityLink } from './partner-questionnaire';

const now = new Date('2026-12-05T12:00:00Z');
const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000);

/** A partner authority's link to activity `activityId`, unused, opened yesterday for two weeks. */
const link = (more: Partial<PartnerAuthorityLink> = {}): PartnerAuthorityLink => ({
  activityId: 'activity-1',
  actionId: 'action-1',
  activityTitle: 'Training of trainers',
  openedAt: day(-1),
  expiresAt: day(13),
  used: false,
  answeredBy: null,
  answeredAt: null,
  ...more,
});
const usedBy = (institution: string | null, more: Partial<PartnerAuthorityLink> = {}) =>
  link({ used: true, answeredBy: institution, answeredAt: day(-0.5), ...more });

describe("an activity's questionnaire for a partner institution", () => {
  it('is none when no partner authority was given a link', () => {
    expect(questionnaireForInstitution('ours', [], now)).toBeNull();
  });

  it('waits for its answer while a link is open, closing with the last open link', () => {
    const links = [link({ expiresAt: day(3) }), link({ openedAt: day(-5), expiresAt: day(9) }), link({ expiresAt: day(20), used: true, answeredBy: 'theirs' })];
    expect(questionnaireForInstitution('ours', links, now)).toEqual({
      activityId: 'activity-1',
      actionId: 'action-1',
      activityTitle: 'Training of trainers',
      state: 'OPEN',
      openedAt: day(-5),
      closesAt: day(9),
      answeredAt: null,
    });
  });

  it('is answered once the institution answered through any link, even with others still open', () => {
    const links = [link(), usedBy('ours', { expiresAt: day(6) }), usedBy('theirs')];
    expect(questionnaireForInstitution('ours', links, now)).toMatchObject({ state: 'ANSWERED', closesAt: day(6), answeredAt: day(-0.5) });
    expect(questionnaireForInstitution('theirs', links, now)).toMatchObject({ state: 'ANSWERED' });
    // An answer through a link recorded without an institution is nobody's.
    expect(questionnaireForInstitution('ours', [usedBy(null), link()], now)).toMatchObject({ state: 'OPEN' });
  });

  it('is closed to it when every link expired or was used by another institution', () => {
    expect(questionnaireForInstitution('ours', [link({ expiresAt: day(-2) }), link({ expiresAt: now })], now)).toMatchObject({
      state: 'EXPIRED',
      closesAt: now,
    });
    expect(questionnaireForInstitution('ours', [usedBy('theirs', { expiresAt: day(4) })], now)).toMatchObject({ state: 'EXPIRED', closesAt: day(4) });
  });

  it("takes the open link closing first for the institution's answer, and none when none is open", () => {
    const first = link({ expiresAt: day(2) });
    expect(linkToTake([link({ expiresAt: day(9) }), usedBy('theirs', { expiresAt: day(1) }), first, link({ expiresAt: day(-1) })], now)).toBe(first);
    expect(linkToTake([usedBy('theirs'), link({ expiresAt: now })], now)).toBeNull();
  });

  it('bears the title the latest opening gave the activity', () => {
    const links = [
      link({ activityTitle: 'Old title', openedAt: day(-9) }),
      link({ activityTitle: 'New title', openedAt: day(-2) }),
      link({ activityTitle: 'Old title', openedAt: day(-4) }),
    ];
    expect(questionnaireForInstitution('ours', links, now)?.activityTitle).toBe('New title');
  });
});

describe("a partner institution's questionnaires", () => {
  it('lists one per activity, waiting or answered by it, and leaves out those closed without its answer', () => {
    const links = [
      link({ activityId: 'waiting' }),
      link({ activityId: 'waiting' }),
      usedBy('ours', { activityId: 'answered' }),
      link({ activityId: 'closed', expiresAt: day(-1) }),
      usedBy('theirs', { activityId: 'taken' }),
    ];
    expect(questionnairesForInstitution('ours', links, now).map((q) => [q.activityId, q.state])).toEqual([
      ['waiting', 'OPEN'],
      ['answered', 'ANSWERED'],
    ]);
    expect(questionnairesForInstitution('ours', [], now)).toEqual([]);
  });

  it('refuses a second answer and one to a closed questionnaire with the reason (EN)', () => {
    expect(institutionRefusal('ANSWERED')).toMatch(/already answered/);
    expect(institutionRefusal('EXPIRED')).toMatch(/answered or have expired/);
  });
});
