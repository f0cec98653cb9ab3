import { createEvent, EVENTS, InvalidEvent, parseEvent, subjectOf, typesOf, validatePayload } from './index';

const card = {
  displayName: 'A. Expert',
  status: 'ACTIVE',
  employerType: 'NATIONAL_ADMINISTRATION',
  publicOfficial: true,
  nationality: 'FR',
  memberState: 'FR',
};

describe('the events of the graph', () => {
  it('are created with their producer, aggregate and version, and read back as they were', () => {
    const event = createEvent('ExpertAccepted', 'e-1', { expertId: 'e-1', card }, new Date('2026-12-01T10:00:00Z'));
    expect(event).toMatchObject({
      type: 'ExpertAccepted',
      version: 1,
      producer: 'experts',
      aggregate: 'Expert',
      aggregateId: 'e-1',
      occurredAt: '2026-12-01T10:00:00.000Z',
    });
    expect(parseEvent(JSON.stringify(event))).toEqual(event);
    expect(parseEvent(new TextEncoder().encode(JSON.stringify(event)))).toEqual(event);
    expect(parseEvent(event)).toEqual(event);
  });

  it('refuse a payload that does not fit its schema, at the producer and at the consumer', () => {
    expect(() => createEvent('ActivityRescheduled', 'a', { activityId: 'a', actionId: 'x', startsOn: '2026-13', endsOn: '2026-01-02' })).toThrow(
      /ActivityRescheduled: startsOn must be an ISO date/,
    );
    const event = createEvent('ExpertErased', 'e-1', { expertId: 'e-1', status: 'INACTIVE' });
    expect(() => parseEvent({ ...event, payload: { expertId: 'e-1', status: 'INACTIVE', fullName: 'leak' } })).not.toThrow();
    expect(parseEvent({ ...event, payload: { expertId: 'e-1', status: 'INACTIVE', fullName: 'leak' } }).payload).toEqual({
      expertId: 'e-1',
      status: 'INACTIVE',
    });
    expect(() => parseEvent({ ...event, payload: { status: 'INACTIVE' } })).toThrow(InvalidEvent);
    expect(() => validatePayload('ExpertErased', {})).toThrow(/ExpertErased: expertId/);
  });

  it('refuse what is not an event this code knows', () => {
    const event = createEvent('ExpertErased', 'e-1', { expertId: 'e-1', status: 'INACTIVE' });
    expect(() => parseEvent('{')).toThrow('not JSON');
    expect(() => parseEvent({ ...event, id: '' })).toThrow(/envelope: id/);
    expect(() => parseEvent(null)).toThrow(/envelope: \(root\)/);
    expect(() => parseEvent({ ...event, type: 'ExpertTeleported' })).toThrow('unknown event type ExpertTeleported');
    expect(() => parseEvent({ ...event, type: 'toString' })).toThrow('unknown event type toString');
    expect(() => parseEvent({ ...event, version: 2 })).toThrow('ExpertErased version 2 is not known (this code reads 1)');
    expect(() => parseEvent({ ...event, producer: 'actions' })).toThrow('ExpertErased comes from experts, not actions');
  });

  it('are published on a subject per producer and type, and every type belongs to one producer', () => {
    expect(subjectOf('mieux', { producer: 'experts', type: 'ExpertErased' })).toBe('mieux.experts.ExpertErased');
    const all = [...typesOf('requests'), ...typesOf('actions'), ...typesOf('experts'), ...typesOf('monitoring')];
    expect(all.sort()).toEqual(Object.keys(EVENTS).sort());
    expect(typesOf('experts')).toContain('ExpertErased');
  });
});
