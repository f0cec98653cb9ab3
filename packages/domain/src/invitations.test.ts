import { FieldRuleError, RuleConflictError, TransitionError } from './errors';
import {
  allowedInvitationTransitions,
  answerMove,
  availabilityCovers,
  availabilityOverride,
  daysToAcceptance,
  INVITATION_STATUSES,
  invitationCounts,
  invitationExpired,
  invitationExpiresAt,
  invitationStatusAt,
  isRecordableAfterTheFact,
  median,
} from './invitations';

const at = (iso: string) => new Date(iso);

describe('the invitation lifecycle', () => {
  it('waits for an answer, then is final whatever happened', () => {
    expect(allowedInvitationTransitions('INVITED')).toEqual(['ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN']);
    for (const final of INVITATION_STATUSES.filter((s) => s !== 'INVITED')) expect(allowedInvitationTransitions(final)).toEqual([]);
  });

  it('takes an answer only while it waits, naming where it is otherwise', () => {
    expect(answerMove('INVITED', true)).toBe('ACCEPTED');
    expect(answerMove('INVITED', false)).toBe('DECLINED');
    expect(() => answerMove('DECLINED', true)).toThrow(new TransitionError('Invitation', 'DECLINED', 'ACCEPTED', []));
    expect(() => answerMove('WITHDRAWN', false)).toThrow('Invitation is WITHDRAWN; it is final, not DECLINED');
  });
});

describe('expiry', () => {
  it('lapses after its time to answer when the activity begins later', () => {
    expect(invitationExpiresAt(at('2026-03-01T10:00:00Z'), 168, '2026-04-01').toISOString()).toBe('2026-03-08T10:00:00.000Z');
  });

  it('lapses at the end of the activity’s first day, at the latest', () => {
    expect(invitationExpiresAt(at('2026-03-01T10:00:00Z'), 168, '2026-03-03').toISOString()).toBe('2026-03-04T00:00:00.000Z');
    expect(invitationExpiresAt(at('2026-03-03T23:59:00Z'), 168, '2026-03-03').toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });

  it('is refused once the activity’s first day is over, pointing to the record after the fact, in EN and FR', () => {
    const refuse = () => invitationExpiresAt(at('2026-03-04T00:00:00Z'), 168, '2026-03-03');
    expect(refuse).toThrow(RuleConflictError);
    try {
      refuse();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'ACTIVITY_BEGUN',
        messages: { EN: expect.stringContaining('recordPastDeployment'), FR: expect.stringContaining('après coup') },
      });
    }
  });

  it('reads a waiting invitation past its expiry as EXPIRED, before anything writes it', () => {
    const invitation = { status: 'INVITED', expiresAt: at('2026-03-08T10:00:00Z') };
    expect(invitationStatusAt(invitation, at('2026-03-08T09:59:59.999Z'))).toBe('INVITED');
    expect(invitationStatusAt(invitation, at('2026-03-08T10:00:00Z'))).toBe('EXPIRED');
    expect(invitationStatusAt({ ...invitation, status: 'ACCEPTED' }, at('2027-01-01T00:00:00Z'))).toBe('ACCEPTED');
  });

  it('says when it lapsed, in EN and FR', () => {
    const error = invitationExpired(at('2026-03-08T10:00:00Z'));
    expect(error).toMatchObject({ code: 'INVITATION_EXPIRED', name: 'RuleConflictError' });
    expect(error.message).toBe('This invitation expired on 2026-03-08 10:00 UTC without an answer; the project officer may invite you again');
    expect(error.messages.FR).toBe('Cette invitation a expiré le 2026-03-08 10:00 UTC sans réponse ; le chargé de projet peut vous inviter à nouveau');
  });
});

describe('availability over the dates', () => {
  const dates = { startsOn: '2026-05-10', endsOn: '2026-05-14' };

  it('is covered by one period around the dates, or by periods back to back', () => {
    expect(availabilityCovers([{ from: '2026-05-01', to: '2026-05-31' }], dates)).toBe(true);
    expect(
      availabilityCovers(
        [
          { from: '2026-05-12', to: '2026-05-20' },
          { from: '2026-05-01', to: '2026-05-11' },
        ],
        dates,
      ),
    ).toBe(true);
    expect(availabilityCovers([{ from: '2026-05-10', to: '2026-05-14' }], dates)).toBe(true);
  });

  it('is not covered with a day missing, at either end or between periods, nor with none declared', () => {
    expect(availabilityCovers([], dates)).toBe(false);
    expect(availabilityCovers([{ from: '2026-05-11', to: '2026-05-31' }], dates)).toBe(false);
    expect(availabilityCovers([{ from: '2026-05-01', to: '2026-05-13' }], dates)).toBe(false);
    expect(
      availabilityCovers(
        [
          { from: '2026-05-01', to: '2026-05-11' },
          { from: '2026-05-13', to: '2026-05-31' },
        ],
        dates,
      ),
    ).toBe(false);
    // A short period inside a longer one covers no more.
    expect(
      availabilityCovers(
        [
          { from: '2026-05-01', to: '2026-05-12' },
          { from: '2026-05-02', to: '2026-05-03' },
        ],
        dates,
      ),
    ).toBe(false);
  });

  it('needs no override when the expert is available, and records none', () => {
    expect(availabilityOverride(true, dates, null)).toBeNull();
    expect(availabilityOverride(true, dates, { reason: 'Asked by the partner' })).toBeNull();
  });

  it('outside availability, refuses without an override, in EN and FR', () => {
    expect(() => availabilityOverride(false, dates, undefined)).toThrow(
      'The expert has not declared themselves available from 2026-05-10 to 2026-05-14; invite them with overrideAvailability and a reason',
    );
    try {
      availabilityOverride(false, dates, null);
    } catch (error) {
      expect(error).toMatchObject({ code: 'OUTSIDE_AVAILABILITY', messages: { FR: expect.stringContaining('du 2026-05-10 au 2026-05-14') } });
    }
  });

  it('outside availability, keeps the override’s reason, and refuses a blank one naming the field', () => {
    expect(availabilityOverride(false, dates, { reason: '  Agreed by phone  ' })).toBe('Agreed by phone');
    expect(() => availabilityOverride(false, dates, { reason: ' ' })).toThrow(FieldRuleError);
    expect(() => availabilityOverride(false, dates, { reason: '' })).toThrow('overrideAvailability.reason must say why');
  });
});

describe('a deployment recorded after the fact', () => {
  it('is for an expert on the roster, active or paused', () => {
    expect(isRecordableAfterTheFact('ACTIVE')).toBe(true);
    expect(isRecordableAfterTheFact('INACTIVE')).toBe(true);
    expect(isRecordableAfterTheFact('APPLIED')).toBe(false);
    expect(isRecordableAfterTheFact('REFUSED')).toBe(false);
  });
});

describe('invitations counted by the portfolio', () => {
  const invitation = (status: string, invitedAt: string | null = '2026-05-01T10:00:00.000Z', acceptedAt: string | null = null) => ({
    status,
    invitedAt,
    acceptedAt,
  });

  it('counts sent, answered (accepted or declined) and accepted', () => {
    const all = ['INVITED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'ACCEPTED'].map((s) => invitation(s));
    expect(invitationCounts(all)).toEqual({ sent: 6, answered: 3, accepted: 2 });
    expect(invitationCounts([])).toEqual({ sent: 0, answered: 0, accepted: 0 });
  });

  it('takes whole days from an invitation to its acceptance, none when not accepted or its times are unknown', () => {
    expect(daysToAcceptance(invitation('ACCEPTED', '2026-05-01T10:00:00.000Z', '2026-05-03T09:59:59.999Z'))).toBe(1);
    expect(daysToAcceptance(invitation('ACCEPTED', '2026-05-01T10:00:00.000Z', '2026-05-01T10:00:05.000Z'))).toBe(0);
    expect(daysToAcceptance(invitation('DECLINED', '2026-05-01T10:00:00.000Z', '2026-05-03T10:00:00.000Z'))).toBeNull();
    expect(daysToAcceptance(invitation('ACCEPTED', null, '2026-05-03T10:00:00.000Z'))).toBeNull();
    expect(daysToAcceptance(invitation('ACCEPTED', '2026-05-01T10:00:00.000Z', null))).toBeNull();
  });

  it('takes the median, of the two middle values for an even count', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 2, 10])).toBe(3);
  });
});
