import { randomUUID } from 'node:crypto';
import { createEvent } from '@mieux/events';
import type { CaughtMail } from '../src/mail/mail.catcher';
import { NOTICES } from '../src/message/message.templates';
import { RecipientDirectory } from '../src/recipient/recipient.client';
import {
  ACTIONS,
  anonymous,
  decide,
  mustAnswer,
  submitAs,
  application,
  committee,
  DECIDE,
  EXPERTS,
  officer,
  OFFICER,
  SAVE_OFFICER,
  startRig,
  TO_DECISION,
  type Contact,
  type NotifierRig,
} from './fixtures';

const AWA: Contact = { name: 'Awa Diop', email: 'awa.diop@interior.gov.sn', language: 'FR' };
const JOHN: Contact = { name: 'John Mensah', email: 'john.mensah@interior.gov.sn', language: 'EN' };

let rig: NotifierRig;
beforeAll(async () => {
  rig = await startRig();
  const saved = await rig.requests.query(SAVE_OFFICER, { input: { ...OFFICER, coordinatorOf: 'AFRICA' } }, officer);
  expect(saved.errors ?? []).toEqual([]);
}, 120_000);
afterAll(() => rig?.close());

const to = (address: string) => (mail: CaughtMail) => mail.to.includes(address);

const must = mustAnswer;
const decided = (contact: Contact, title: string, outcome: string) => decide(rig, contact, title, outcome);
const submit = (contact: Contact, title: string) => submitAs(rig, contact, title);

/** Waits until the requests service's relay has handed every event to NATS, then until the notifier has taken them all. */
async function everythingDelivered(): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await rig.sql<{ n: number }>(rig.requests, 'SELECT COUNT(*) AS n FROM event_outbox WHERE sent_at IS NULL'))[0].n > 0) {
    if (Date.now() > deadline) throw new Error('the relay did not publish every event');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await rig.caughtUp();
}

describe('the notifier, on the real NATS server, writing to a real SMTP server', () => {
  it('acknowledges a request submitted to its requester, with its reference and never its tracking code, and tells the officer in charge', async () => {
    const request = await submit(AWA, 'Politique de migration de travail');
    const [ack, arrived] = await rig
      .mails((caught) => caught.some(to(AWA.email)) && caught.some(to(OFFICER.email)))
      .then((caught) => [caught.find(to(AWA.email))!, caught.find(to(OFFICER.email))!]);
    expect(ack.subject).toBe(`MIEUX+ : votre demande ${request.reference} a bien été reçue`);
    expect(ack.text).toContain(`Sa référence est ${request.reference}.`);
    expect(ack.text).toContain('Bonjour Awa Diop,');
    expect(`${ack.subject}${ack.text}${ack.html}`).not.toContain(request.trackingCode);
    expect(ack.html).toContain('<p>Bonjour Awa Diop,</p>');
    expect(ack.from).toBe('no-reply@mieux.example.eu');
    expect(arrived.subject).toBe(`MIEUX+: new request ${request.reference} assigned to you`);
    expect(arrived.text).toContain('Dear Oumar Ba,');
  });

  it('writes to each person in their own language: French to one requester, English to another and to the officer', async () => {
    const request = await submit(JOHN, 'Labour migration policy');
    const caught = await rig.mails((all) => all.some(to(JOHN.email)) && all.filter(to(OFFICER.email)).length >= 2);
    const ack = caught.find(to(JOHN.email))!;
    expect(ack.subject).toBe(`MIEUX+: your request ${request.reference} was received`);
    expect(ack.language).toBe('en');
    expect(ack.text).toContain(`Its reference is ${request.reference}.`);
    expect(caught.find(to(AWA.email))!.language).toBe('fr');
    expect(caught.filter(to(OFFICER.email)).map((mail) => mail.language)).toEqual(['en', 'en']);
  });

  it('sends exactly one e-mail per person for an approval, though the relay restarts mid-way and the event comes again', async () => {
    const { id, reference } = await submit(AWA, 'Appui à la politique migratoire');
    for (const [mutation, who] of TO_DECISION) expect((await rig.requests.query(mutation, { id }, who)).errors ?? []).toEqual([]);
    expect((await rig.requests.query(DECIDE, { id, outcome: 'APPROVED' }, committee)).errors ?? []).toEqual([]);
    const approval = (mail: CaughtMail) => mail.subject.includes(reference) && /approuvée|approved/.test(mail.subject);
    await rig.mails((caught) => caught.filter(approval).length >= 2);
    const [decided] = await rig.sql<{ id: string; body: string }>(
      rig.requests,
      "SELECT id, body FROM event_outbox WHERE type = 'RequestDecided' AND aggregate_id = ?",
      [id],
    );

    // The relay is killed after NATS took the event and before it marked it sent: started again, it publishes it again.
    await rig.requests.kill();
    await rig.sql(rig.requests, 'UPDATE event_outbox SET sent_at = NULL WHERE id = ?', [decided.id]);
    await rig.requests.restart();
    await everythingDelivered();
    expect((await rig.sql<{ sent_at: Date | null }>(rig.requests, 'SELECT sent_at FROM event_outbox WHERE id = ?', [decided.id]))[0].sent_at).not.toBeNull();

    // The same event published again as a new message (past JetStream's duplicate window): the consumer has taken it already.
    await rig.sql(rig.requests, "INSERT INTO event_outbox (id, type, aggregate_id, body) VALUES (?, 'RequestDecided', ?, ?)", [randomUUID(), id, decided.body]);
    await everythingDelivered();
    // And once more after the notifier lost its record of having taken it (a crash before its commit): the e-mails sent are recorded.
    const eventId = (JSON.parse(decided.body) as { id: string }).id;
    await rig.sql(rig.notifier, "DELETE FROM event_processed WHERE consumer = 'notifier-requests' AND event_id = ?", [eventId]);
    await rig.sql(rig.requests, "INSERT INTO event_outbox (id, type, aggregate_id, body) VALUES (?, 'RequestDecided', ?, ?)", [randomUUID(), id, decided.body]);
    await everythingDelivered();
    await new Promise((resolve) => setTimeout(resolve, 500));

    const approvals = rig.catcher.caught.filter(approval);
    expect(approvals.map((mail) => [mail.to, mail.subject])).toEqual(
      expect.arrayContaining([
        [[AWA.email], `MIEUX+ : votre demande ${reference} a été approuvée`],
        [[OFFICER.email], `MIEUX+: request ${reference} was approved`],
      ]),
    );
    expect(approvals).toHaveLength(2);
    expect(approvals[0].text).toMatch(/DG INTPA|Comité de pilotage/);
    const recorded = await rig.sql<{ role: string; language: string }>(
      rig.notifier,
      'SELECT role, language FROM notification WHERE event_id = ? ORDER BY role',
      [eventId],
    );
    expect(recorded).toEqual([
      { role: 'officer', language: 'EN' },
      { role: 'requester', language: 'FR' },
    ]);
    expect(rig.notifier.output()).toContain('e-mail already sent for this event');
  }, 90_000);

  it('tells the requester and the officer, each in their language, when the Committee sends a request back for revision', async () => {
    const { reference } = await decided(AWA, 'Révision demandée', 'REVISION_REQUESTED');
    const revision = (mail: CaughtMail) => mail.subject.includes(`${reference} `) && /révision|revision/.test(mail.subject);
    const about = (await rig.mails((all) => all.filter(revision).length >= 2)).filter(revision);
    expect(about.find(to(AWA.email))!.subject).toBe(`MIEUX+ : votre demande ${reference} est renvoyée pour révision`);
    expect(about.find(to(AWA.email))!.text).toContain('révisera la fiche d’Action avec vous');
    expect(about.find(to(OFFICER.email))!.subject).toBe(`MIEUX+: request ${reference} was sent back for revision`);
  });

  it('tells the partner when their Action begins, and the expert deployed on its activity, in the language the expert reads first', async () => {
    const partner: Contact = { name: 'Fatou Sow', email: 'fatou.sow@travail.gouv.sn', language: 'EN' };
    const request = await decided(partner, 'Labour mobility support', 'APPROVED');
    // The officer makes the requesting institution a partner institution, with the contact as its focal point.
    await must(rig.requests, 'mutation($id: ID!) { createPartnerFromRequest(requestId: $id) { id } }', { id: request.id });
    const action = await must<{ id: string; reference: string }>(rig.actions, ACTIONS.create, { requestId: request.id });
    const begins = (mail: CaughtMail) => to(partner.email)(mail) && mail.subject.includes(action.reference);
    const begun = (await rig.mails((all) => all.some(begins))).find(begins)!;
    expect(begun.subject).toBe(`MIEUX+: your Action ${action.reference} has begun`);
    expect(begun.text).toContain(`from your request “Labour mobility support” (${request.reference})`);

    const claire = 'claire.martin@interieur.gouv.fr';
    const expert = await must<{ id: string }>(rig.experts, EXPERTS.apply, { input: application('Claire Martin', claire) }, anonymous);
    await must(rig.experts, EXPERTS.accept, { id: expert.id });
    const activity = await must<{ id: string }>(rig.actions, ACTIONS.plan, { actionId: action.id });
    await must(rig.actions, ACTIONS.deploy, { activityId: activity.id, expertId: expert.id });
    const deployed = (await rig.mails((all) => all.some(to(claire)))).find(to(claire))!;
    expect(deployed.subject).toBe('MIEUX+ : vous êtes déployé(e) sur une activité');
    expect(deployed.text).toContain('Bonjour Claire Martin,');
    expect(deployed.text).toContain('comme expert principal sur « Border management training »');
  }, 60_000);

  it('writes to nobody about a request, Action or expert its owner does not know, nor about an event three days old', async () => {
    const directory = new RecipientDirectory(rig.notifier.config);
    const unknown = randomUUID();
    const events = [
      createEvent('RequestSubmitted', unknown, {
        requestId: unknown,
        reference: 'REQ-2026-999',
        beneficiaryCode: 'SN',
        region: 'AFRICA',
        thematicAreas: [],
        status: 'EXPRESSION_OF_INTEREST',
        submittedAt: new Date().toISOString(),
        expressionOfInterestOn: new Date().toISOString().slice(0, 10),
      }),
      createEvent('RequestDecided', unknown, { requestId: unknown, from: 'ACTION_FICHE_DRAFTED', decision: 'REJECTED', body: null, decidedOn: '2026-01-05' }),
      createEvent('ActionCreated', unknown, {
        actionId: unknown,
        requestId: unknown,
        reference: 'MIEUX-2026-999',
        beneficiaryCode: 'SN',
        region: 'AFRICA',
        thematicAreas: [],
        status: 'PLANNED',
        approvedOn: '2026-01-05',
      }),
      createEvent('ExpertDeployed', unknown, {
        deploymentId: unknown,
        activityId: unknown,
        expertId: unknown,
        role: 'EXPERT',
        startsOn: '2027-01-05',
        endsOn: '2027-01-06',
      }),
    ];
    for (const event of events) expect(await NOTICES[event.type]!(event as never, directory)).toEqual([]);

    // A request's acknowledgement three days late (a notifier deployed after the fact reads every event from the first): not sent.
    const { id } = await submit(JOHN, 'Late acknowledgement');
    await everythingDelivered();
    const before = rig.catcher.caught.length;
    const [row] = await rig.sql<{ body: string }>(rig.requests, "SELECT body FROM event_outbox WHERE type = 'RequestSubmitted' AND aggregate_id = ?", [id]);
    const late = { ...(JSON.parse(row.body) as object), id: randomUUID(), occurredAt: new Date(Date.now() - 73 * 3600 * 1000).toISOString() };
    await rig.sql(rig.requests, "INSERT INTO event_outbox (id, type, aggregate_id, body) VALUES (?, 'RequestSubmitted', ?, ?)", [
      late.id,
      id,
      JSON.stringify(late),
    ]);
    await everythingDelivered();
    expect(rig.catcher.caught.length).toBe(before);
    expect(rig.notifier.output()).toContain('event too old to write about');
  });

  it('logs who was written to by a digest only: no name, address, title or tracking code', async () => {
    const said = rig.notifier.output();
    expect(said).toContain('e-mail sent');
    for (const personal of [
      AWA.name,
      AWA.email,
      JOHN.name,
      JOHN.email,
      OFFICER.displayName,
      OFFICER.email,
      'Politique de migration',
      'Labour migration policy',
      'interior.gov.sn',
      'Claire Martin',
      'claire.martin',
      'Fatou Sow',
      'Border management training',
    ])
      expect(said).not.toContain(personal);
  });
});
