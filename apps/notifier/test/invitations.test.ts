import { randomUUID } from 'node:crypto';
import { createEvent, parseEvent } from '@mieux/events';
import { identityOf } from '@mieux/service-kit/testing';
import type { CaughtMail } from '../src/mail/mail.catcher';
import { NOTICES, render } from '../src/message/message.templates';
import { RecipientDirectory } from '../src/recipient/recipient.client';
import { ACTIONS, anonymous, application, decide, EXPERTS, mustAnswer, OFFICER, SAVE_OFFICER, startRig, type NotifierRig } from './fixtures';

let rig: NotifierRig;
beforeAll(async () => {
  rig = await startRig();
  await mustAnswer(rig.requests, SAVE_OFFICER, { input: { ...OFFICER, coordinatorOf: 'AFRICA' } });
}, 120_000);
afterAll(() => rig?.close());

const to = (address: string) => (mail: CaughtMail) => mail.to.includes(address);
const expertOf = (expertId: string) => identityOf('EXPERT', { expertId, sub: `${expertId}@example.org` });

/** An ACTIVE expert of the roster. */
async function rostered(fullName: string, email: string, languages: string[]): Promise<string> {
  const { id } = await mustAnswer<{ id: string }>(rig.experts, EXPERTS.apply, { input: { ...application(fullName, email), languages } }, anonymous);
  await mustAnswer(rig.experts, EXPERTS.accept, { id });
  return id;
}

describe('the notifier and invitations, on the real NATS server', () => {
  it('tells each expert invited, in their language, and the officer in charge of their answer: one e-mail per event and person', async () => {
    const request = await decide(rig, { name: 'Ndeye Faye', email: 'ndeye.faye@interior.gov.sn', language: 'FR' }, 'Gestion des frontières', 'APPROVED');
    const action = await mustAnswer<{ id: string; reference: string }>(rig.actions, ACTIONS.create, { requestId: request.id });
    const activity = await mustAnswer<{ id: string }>(rig.actions, ACTIONS.plan, { actionId: action.id });
    const claire = 'claire.martin@interieur.gouv.fr';
    const peter = 'peter.hansen@politi.dk';
    const claireId = await rostered('Claire Martin', claire, ['fr', 'en']);
    const peterId = await rostered('Peter Hansen', peter, ['en', 'da']);

    const invitation = await mustAnswer<{ id: string; expiresAt: string }>(rig.actions, ACTIONS.invite, { activityId: activity.id, expertId: claireId });
    const other = await mustAnswer<{ id: string; expiresAt: string }>(rig.actions, ACTIONS.invite, { activityId: activity.id, expertId: peterId });
    const invited = /invité\(e\)|invited/;
    const [fr, en] = await rig
      .mails((all) => all.some((m) => to(claire)(m) && invited.test(m.subject)) && all.some((m) => to(peter)(m) && invited.test(m.subject)))
      .then((all) => [all.find(to(claire))!, all.find(to(peter))!]);
    const by = (expiresAt: string) => `${expiresAt.slice(0, 16).replace('T', ' ')} UTC`;
    expect(fr.subject).toBe('MIEUX+ : vous êtes invité(e) sur une activité');
    expect(fr.text).toContain('Bonjour Claire Martin,');
    expect(fr.text).toContain('comme expert principal sur « Border management training », du');
    expect(fr.text).toContain(`jusqu’au ${by(invitation.expiresAt)}`);
    expect(fr.text).toContain('dans votre espace du portail MIEUX+');
    expect(en.subject).toBe('MIEUX+: you are invited to an activity');
    expect(en.text).toContain('Dear Peter Hansen,');
    expect(en.text).toContain(`as lead expert on “Border management training”, from`);
    expect(en.text).toContain(`in your space on the MIEUX+ portal by ${by(other.expiresAt)}`);
    // Nothing of others: not the officer, not the other expert, not the terms of reference.
    for (const [mail, otherExpert] of [
      [fr, 'Peter Hansen'],
      [en, 'Claire Martin'],
    ] as const)
      for (const personal of [OFFICER.displayName, OFFICER.email, otherExpert, 'Ndeye Faye', 'document fraud'])
        expect(`${mail.subject}${mail.text}`).not.toContain(personal);

    await mustAnswer(rig.actions, ACTIONS.respond, { id: invitation.id, accept: true }, expertOf(claireId));
    await mustAnswer(rig.actions, ACTIONS.respond, { id: other.id, accept: false }, expertOf(peterId));
    const answered = (mail: CaughtMail) => to(OFFICER.email)(mail) && mail.subject.includes(action.reference);
    const answers = (await rig.mails((all) => all.filter(answered).length >= 2)).filter(answered);
    const accepted = answers.find((m) => m.subject === `MIEUX+: invitation accepted on ${action.reference}`)!;
    const declined = answers.find((m) => m.subject === `MIEUX+: invitation declined on ${action.reference}`)!;
    expect(accepted.text).toContain(`Dear ${OFFICER.displayName},`);
    expect(accepted.text).toContain(`Claire Martin accepted the invitation to “Border management training” (${action.reference})`);
    expect(declined.text).toContain(`Peter Hansen declined the invitation to “Border management training” (${action.reference}): the dates are free again.`);
    expect(declined.text).not.toContain('On mission abroad');
    // The same letters in French, for an officer who reads it.
    for (const [type, invitationId, said] of [
      ['InvitationAccepted', invitation.id, `Claire Martin a accepté l’invitation à « Border management training » (${action.reference})`],
      [
        'InvitationDeclined',
        other.id,
        `Peter Hansen a décliné l’invitation à « Border management training » (${action.reference}) : les dates sont libres à nouveau.`,
      ],
    ] as const) {
      const [row] = await rig.sql<{ body: string }>(rig.actions, 'SELECT body FROM event_outbox WHERE type = ? AND aggregate_id = ?', [type, invitationId]);
      const [addressed] = await NOTICES[type]!(parseEvent(row.body) as never, new RecipientDirectory(rig.notifier.config));
      const french = render({ ...addressed, person: { ...addressed.person, language: 'FR' } });
      expect(french.subject).toBe(`MIEUX+ : invitation ${type === 'InvitationAccepted' ? 'acceptée' : 'déclinée'} sur ${action.reference}`);
      expect(french.text).toContain(said);
    }

    // Everything delivered, redeliveries included: each event told once to each person.
    await rig.caughtUp();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const subjects = (address: string) => rig.catcher.caught.filter(to(address)).map((m) => m.subject);
    expect(subjects(claire).sort()).toEqual(['MIEUX+ : vous êtes déployé(e) sur une activité', 'MIEUX+ : vous êtes invité(e) sur une activité']);
    expect(subjects(peter)).toEqual(['MIEUX+: you are invited to an activity']);
    expect(
      subjects(OFFICER.email)
        .filter((s) => s.includes(action.reference))
        .sort(),
    ).toEqual([`MIEUX+: invitation accepted on ${action.reference}`, `MIEUX+: invitation declined on ${action.reference}`]);
    const recorded = await rig.sql<{ event_type: string; role: string; language: string }>(
      rig.notifier,
      "SELECT event_type, role, language FROM notification WHERE event_type LIKE 'Invitation%' OR event_type = 'ExpertInvited' ORDER BY event_type, language",
    );
    expect(recorded).toEqual([
      { event_type: 'ExpertInvited', role: 'expert', language: 'EN' },
      { event_type: 'ExpertInvited', role: 'expert', language: 'FR' },
      { event_type: 'InvitationAccepted', role: 'officer', language: 'EN' },
      { event_type: 'InvitationDeclined', role: 'officer', language: 'EN' },
    ]);
    for (const personal of ['Claire Martin', claire, 'Peter Hansen', peter, OFFICER.email, 'Border management training'])
      expect(rig.notifier.output()).not.toContain(personal);
  }, 90_000);

  it('writes to nobody about an invitation whose activity or expert its owner does not know', async () => {
    const directory = new RecipientDirectory(rig.notifier.config);
    const unknown = randomUUID();
    const facts = { invitationId: unknown, activityId: unknown, expertId: unknown };
    const events = [
      createEvent('ExpertInvited', unknown, {
        ...facts,
        role: 'EXPERT',
        startsOn: '2027-01-05',
        endsOn: '2027-01-06',
        expiresAt: '2027-01-01T00:00:00Z',
        outsideAvailability: false,
      }),
      createEvent('InvitationAccepted', unknown, { ...facts, deploymentId: unknown }),
      createEvent('InvitationDeclined', unknown, facts),
    ];
    for (const event of events) expect(await NOTICES[event.type]!(event as never, directory)).toEqual([]);
  });
});
