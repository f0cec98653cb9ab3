import { outboxEvents } from '@mieux/service-kit/testing';
import { analyst, officer, servicesForTests } from './fixtures';

/** Participants counted by institution type, against the real actions service with the demo portfolio. */
const services = servicesForTests();

const RECORD = `mutation($a: ID!, $input: ParticipationInput!) { recordParticipation(activityId: $a, input: $input) {
  total byInstitutionType { type count } history { byInstitutionType { type count } } } }`;
const record = (activityId: string, input: Record<string, unknown>) => services.subgraph.execute<any>(RECORD, { a: activityId, input }, officer);

describe('participants by institution type', () => {
  it('are recorded with the participation, read with it and its history, and carried by its event', async () => {
    const activity = services.actions.held[0];
    await record(activity.id, { total: 10, women: 5, men: 5 });
    const byType = [
      { type: 'NATIONAL_INSTITUTION', count: 14 },
      { type: 'CIVIL_SOCIETY_ORGANISATION', count: 4 },
    ];
    const recorded = await record(activity.id, { total: 20, women: 11, men: 9, byInstitutionType: byType });
    expect(recorded.data.recordParticipation).toEqual({ total: 20, byInstitutionType: byType, history: [{ byInstitutionType: [] }] });
    const read = await services.subgraph.execute<any>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Activity { participation { byInstitutionType { type count } } } } }`,
      { r: [{ __typename: 'Activity', id: activity.id }] },
      analyst,
    );
    expect(read.data._entities[0].participation.byInstitutionType).toEqual(byType);
    const events = (await outboxEvents(services.subgraph.database, activity.id)).map((e) => (e.payload as any).byInstitutionType);
    expect(events).toEqual([[], byType]);
  });

  it('refuses a type twice and more people than took part, naming input.byInstitutionType', async () => {
    const activity = services.actions.held[1];
    const twice = await record(activity.id, {
      total: 20,
      women: 10,
      men: 10,
      byInstitutionType: [
        { type: 'JUDICIARY', count: 2 },
        { type: 'JUDICIARY', count: 3 },
      ],
    });
    expect(twice.errors?.[0]).toMatchObject({
      message: 'Invalid input: input.byInstitutionType: names an institution type more than once',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const more = await record(activity.id, { total: 5, women: 3, men: 2, byInstitutionType: [{ type: 'PARLIAMENT', count: 6 }] });
    expect(more.errors?.[0].message).toBe('Invalid input: input.byInstitutionType: counts 6 participants, more than the total (5)');
  });
});
