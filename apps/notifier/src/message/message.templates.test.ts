import { EVENTS } from '@mieux/events';
import { NOTICES, noticesOf } from './message.templates';
import { INVITATION_NOTICES } from '../invitation/invitation.templates';

describe('the notices', () => {
  it('are one map of every subject’s, each event known to the catalogue', () => {
    expect(Object.keys(NOTICES).filter((type) => !(type in EVENTS))).toEqual([]);
    expect(Object.keys(NOTICES)).toEqual(
      expect.arrayContaining(['RequestSubmitted', 'ActionCreated', 'ExpertInvited', 'InvitationWithdrawn', 'InvitationExpired']),
    );
  });

  it('refuse an event given two notices', () => {
    expect(() => noticesOf(INVITATION_NOTICES, { InvitationExpired: INVITATION_NOTICES.InvitationExpired })).toThrow('InvitationExpired has two notices');
  });
});
