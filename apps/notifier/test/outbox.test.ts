import { randomUUID } from 'node:crypto';
import { anonymous, expressionOfInterest, startRig, SUBMIT, type NotifierRig } from './fixtures';

let rig: NotifierRig;
beforeAll(async () => {
  rig = await startRig('outbox');
}, 120_000);
afterAll(() => rig?.close());

describe("the notifier without NATS_URL (npm start's default: it pulls each producer's /events)", () => {
  it('acknowledges a request submitted, once, though its event stands twice in the outbox', async () => {
    const contact = { name: 'Mariama Sow', email: 'mariama.sow@interior.gov.sn', language: 'EN' as const };
    const answer = await rig.requests.query<any>(SUBMIT, { input: expressionOfInterest(contact, 'Diaspora engagement') }, anonymous);
    expect(answer.errors ?? []).toEqual([]);
    const { id, reference } = answer.data.submitExpressionOfInterest as { id: string; reference: string };
    const ack = (await rig.mails((all) => all.some((mail) => mail.to.includes(contact.email)))).find((mail) => mail.to.includes(contact.email))!;
    expect(ack.subject).toBe(`MIEUX+: your request ${reference} was received`);

    const [row] = await rig.sql<{ body: string }>(rig.requests, "SELECT body FROM event_outbox WHERE type = 'RequestSubmitted' AND aggregate_id = ?", [id]);
    await rig.sql(rig.requests, "INSERT INTO event_outbox (id, type, aggregate_id, body) VALUES (?, 'RequestSubmitted', ?, ?)", [randomUUID(), id, row.body]);
    await rig.caughtUp();
    expect(rig.catcher.caught.filter((mail) => mail.to.includes(contact.email))).toHaveLength(1);
    expect(rig.notifier.events.transport.kind).toBe('outbox');
  });
});
