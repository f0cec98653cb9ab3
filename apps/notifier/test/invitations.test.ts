import { randomUUID } from 'node:crypto';
import { createEvent, parseEvent } from '@mieux/events';
import { daysFromToday } from '@mieux/service-kit/testing';
import type { CaughtMail } from '../src/mail/mail.catcher';
import { NOTICES, render } from '../src/message/message.templates';
import { RecipientDirectory } from '../src/recipient/recipient.client';
import { ACTIONS, actionWithActivity, decide, expertOf, mustAnswer, OFFICER, rostered, SAVE_OFFICER, startRig, to, type NotifierRig } from './fixtures';

let rig: NotifierRig;
beforeAll(async () => {
  rig = await startRig();
  await mustAnswer(rig.requests, SAVE_OFFICER, { input: { ...OFFICER, coordinatorOf: 'AFRICA' } });
}, 120_000);
afterAll(() => rig?.close());

describe('the notifier and invitations, on the real NATS server', () => {
  it('tells each expert invited, in their language, and the officer in charge of their answer: one e-mail per event and person', async () => {
    const request = await decide(rig, { name: 'Ndeye Faye', email: 'ndeye.faye@interior.gov.sn', language: 'FR' }, 'Gestion des frontières', 'APPROVED');
    const action = await mustAnswer<{ id: string; reference: string }>(rig.actions, ACTIONS.create, { requestId: request.id });
    const activity = await mustAnswer<{ id: string }>(rig.actions, ACTIONS.plan, { actionId: action.id });
    const claire = 'claire.martin@interieur.gouv.fr';
    const peter = 'peter.hansen@politi.dk';
    const claireId = await rostered(rig, 'Claire Martin', claire, ['fr', 'en']);
    const peterId = await rostered(rig, 'Peter Hansen', peter, ['en', 'da']);

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
      createEvent('InvitationWithdrawn', unknown, { ...facts, reason: 'WITHDRAWN' }),
      createEvent('InvitationExpired', unknown, { ...facts, expiresAt: '2027-01-01T00:00:00Z' }),
    ];
    for (const event of events) expect(await NOTICES[event.type]!(event as never, directory)).toEqual([]);
  });

  it('tells the expert, in their language, that an invitation is withdrawn and why: by the officer, with its activity, as they leave the roster', async () => {
    const nadia = 'nadia.haddad@interieur.gouv.fr';
    const jan = 'jan.novak@mvcr.cz';
    const nadiaId = await rostered(rig, 'Nadia Haddad', nadia, ['fr']);
    const janId = await rostered(rig, 'Jan Novak', jan, ['en', 'cs']);
    const contact = { name: 'Awa Diop', email: 'awa.diop@interior.gov.sn', language: 'FR' } as const;
    const { action, activityId } = await actionWithActivity(rig, contact, 'Retours volontaires');
    const invite = async (expertId: string, onActivity = activityId) =>
      (await mustAnswer<{ id: string }>(rig.actions, ACTIONS.invite, { activityId: onActivity, expertId })).id;

    // The officer withdraws Jan's; Nadia's goes with its activity, cancelled; then her next one, as she leaves the roster.
    await mustAnswer(rig.actions, ACTIONS.withdraw, { id: await invite(janId) });
    await invite(nadiaId);
    await mustAnswer(rig.actions, ACTIONS.cancel, { id: activityId });
    const next = await mustAnswer<{ id: string }>(rig.actions, ACTIONS.plan, { actionId: action.id });
    await invite(nadiaId, next.id);
    await mustAnswer(rig.actions, ACTIONS.endFutureDeployments, { expertId: nadiaId }, expertOf(nadiaId));

    const withdrawn = /withdrawn|retirée/;
    const mails = await rig.mails((all) => all.filter((m) => withdrawn.test(m.subject)).length >= 3);
    const [en] = mails.filter(to(jan)).filter((m) => withdrawn.test(m.subject));
    const fr = mails.filter(to(nadia)).filter((m) => withdrawn.test(m.subject));
    const [startsOn, endsOn] = [daysFromToday(60), daysFromToday(62)]; // ACTIONS.plan's
    expect(en.subject).toBe('MIEUX+: your invitation to an activity is withdrawn');
    expect(en.text).toContain('Dear Jan Novak,');
    expect(en.text).toContain(
      `Your invitation to “Border management training”, from ${startsOn} to ${endsOn}, is withdrawn: the project officer in charge withdrew it.`,
    );
    expect(en.text).toContain('These dates are no longer held for you: they are free again, and there is nothing to answer.');
    expect(fr.map((m) => m.subject)).toEqual([
      'MIEUX+ : votre invitation sur une activité est retirée',
      'MIEUX+ : votre invitation sur une activité est retirée',
    ]);
    expect(fr.map((m) => m.text.split('\n\n')[1]).sort()).toEqual([
      `Votre invitation à « Border management training », du ${startsOn} au ${endsOn}, est retirée : l’activité a été annulée.`,
      `Votre invitation à « Border management training », du ${startsOn} au ${endsOn}, est retirée : vous avez quitté le registre des experts.`,
    ]);
    expect(fr[0].text).toContain('Ces dates ne vous sont plus réservées : elles sont à nouveau libres, et vous n’avez rien à répondre.');
    // Nothing of anyone else, nor the officer's reason or the terms of reference; the officer is not written to.
    for (const [mail, others] of [[en, ['Nadia Haddad']], ...fr.map((mail) => [mail, ['Jan Novak']] as const)] as const)
      for (const personal of [...others, OFFICER.displayName, OFFICER.email, 'Awa Diop', 'closer expert', 'document fraud'])
        expect(`${mail.subject}${mail.text}`).not.toContain(personal);
    await rig.caughtUp();
    expect(rig.catcher.caught.filter(to(OFFICER.email)).filter((m) => m.subject.includes(action.reference))).toEqual([]);
    const recorded = await rig.sql<{ role: string; language: string; n: number }>(
      rig.notifier,
      "SELECT role, language, COUNT(*) AS n FROM notification WHERE event_type = 'InvitationWithdrawn' GROUP BY role, language ORDER BY language",
    );
    expect(recorded.map((r) => ({ ...r, n: Number(r.n) }))).toEqual([
      { role: 'expert', language: 'EN', n: 1 },
      { role: 'expert', language: 'FR', n: 2 },
    ]);
  }, 90_000);
});
