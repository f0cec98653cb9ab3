import { daysFromToday, startBuiltService, type BuiltService } from '@mieux/service-kit/testing';
import { ACTIONS, actionWithActivity, mustAnswer, OFFICER, rostered, SAVE_OFFICER, startRig, to, type NotifierRig } from './fixtures';

/** Invitations lapse 7.2 s after they are sent; each replica of the actions service sweeps every half second. */
const SHORT = { INVITATION_TTL_HOURS: '0.002', INVITATION_SWEEP_SECONDS: '0.5' };

let rig: NotifierRig;
/** A second replica of the actions service, on the same database, sweeping too. */
let replica: BuiltService;
beforeAll(async () => {
  rig = await startRig('nats', SHORT);
  replica = await startBuiltService('actions', {
    ...rig.events,
    ...SHORT,
    REQUESTS_URL: rig.requests.url,
    EXPERTS_URL: rig.experts.url,
    DATABASE_NAME: rig.actions.database.databaseName,
  });
  await mustAnswer(rig.requests, SAVE_OFFICER, { input: { ...OFFICER, coordinatorOf: 'AFRICA' } });
}, 120_000);
afterAll(async () => {
  await replica?.close();
  await rig?.close();
});

describe('an invitation nobody answers, on the real NATS server with two replicas of the actions service', () => {
  it('expires by itself once, with one event, and the expert and the officer in charge are told in their language; nobody for an Action without an officer', async () => {
    const claire = 'claire.martin@interieur.gouv.fr';
    const peter = 'peter.hansen@politi.dk';
    const claireId = await rostered(rig, 'Claire Martin', claire, ['fr', 'en']);
    const peterId = await rostered(rig, 'Peter Hansen', peter, ['en', 'da']);
    const contact = { name: 'Ndeye Faye', email: 'ndeye.faye@interior.gov.sn', language: 'FR' } as const;
    // Senegal's request is in the hands of the Africa coordinator; Ukraine's region has none.
    const senegal = await actionWithActivity(rig, contact, 'Gestion des frontières');
    const ukraine = await actionWithActivity(rig, { ...contact, email: 'contact@mvs.gov.ua' }, 'Border management', 'UA');
    const invited = await mustAnswer<{ id: string; expiresAt: string }>(rig.actions, ACTIONS.invite, { activityId: senegal.activityId, expertId: claireId });
    const unassigned = await mustAnswer<{ id: string }>(rig.actions, ACTIONS.invite, { activityId: ukraine.activityId, expertId: peterId });

    // No call but the invitations: the replicas' sweeps write the expiries, the notifier writes the e-mails.
    const lapsed = /expired|expiré|unanswered/;
    const mails = (await rig.mails((all) => all.filter((m) => lapsed.test(m.subject)).length >= 3, 40_000)).filter((m) => lapsed.test(m.subject));
    const by = `${invited.expiresAt.slice(0, 16).replace('T', ' ')} UTC`;
    const dates = { EN: `from ${daysFromToday(60)} to ${daysFromToday(62)}`, FR: `du ${daysFromToday(60)} au ${daysFromToday(62)}` };
    const [fr] = mails.filter(to(claire));
    expect(fr.subject).toBe('MIEUX+ : votre invitation sur une activité a expiré');
    expect(fr.text).toContain('Bonjour Claire Martin,');
    expect(fr.text).toContain(`Votre invitation à « Border management training », ${dates.FR}, a expiré le ${by} sans réponse.`);
    expect(fr.text).toContain('Ces dates ne vous sont plus réservées : elles sont à nouveau libres');
    const [en] = mails.filter(to(peter));
    expect(en.subject).toBe('MIEUX+: your invitation to an activity has expired');
    expect(en.text).toContain(`Your invitation to “Border management training”, ${dates.EN}, expired on `);
    const [officer] = mails.filter(to(OFFICER.email));
    expect(officer.subject).toBe(`MIEUX+: invitation unanswered on ${senegal.action.reference}`);
    expect(officer.text).toContain(`Dear ${OFFICER.displayName},`);
    expect(officer.text).toContain(
      `Claire Martin did not answer the invitation to “Border management training” (${senegal.action.reference}) by ${by}: it has expired and the dates are free again.`,
    );
    expect(officer.text).toContain('Another expert can be invited on the MIEUX+ portal.');
    for (const personal of [OFFICER.displayName, OFFICER.email, 'Peter Hansen', 'Ndeye Faye', 'document fraud'])
      expect(`${fr.subject}${fr.text}`).not.toContain(personal);

    // Sweeps go on on both replicas: still one expiry each, one event, one e-mail per person.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await rig.caughtUp();
    for (const id of [invited.id, unassigned.id]) {
      const events = await rig.sql<{ type: string }>(rig.actions, 'SELECT type FROM event_outbox WHERE aggregate_id = ? ORDER BY position', [id]);
      expect(events.map((e) => e.type)).toEqual(['ExpertInvited', 'InvitationExpired']);
      expect(await rig.sql(rig.actions, 'SELECT status FROM invitation WHERE id = ?', [id])).toEqual([{ status: 'EXPIRED' }]);
    }
    expect(rig.catcher.caught.filter((m) => lapsed.test(m.subject))).toHaveLength(3);
    expect(rig.catcher.caught.filter(to(OFFICER.email)).filter((m) => m.subject.includes(ukraine.action.reference))).toEqual([]);
    const recorded = await rig.sql(rig.notifier, "SELECT role, language FROM notification WHERE event_type = 'InvitationExpired' ORDER BY role, language");
    expect(recorded).toEqual([
      { role: 'expert', language: 'EN' },
      { role: 'expert', language: 'FR' },
      { role: 'officer', language: 'EN' },
    ]);
  }, 90_000);
});
