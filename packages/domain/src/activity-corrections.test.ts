import { activityChanges, assertActivityCorrectable, reschedules, type CorrectableActivity } from './activity-corrections';
import { ACTIVITY_STATUSES } from './lifecycles';

const workshop: CorrectableActivity = {
  title: 'Workshop on labour migration',
  format: 'WORKSHOP',
  startsOn: '2027-03-01',
  endsOn: '2027-03-03',
  countryCode: 'SN',
  city: 'Dakar',
  online: false,
  workingLanguages: ['fr'],
};

describe('correcting an activity', () => {
  it('is allowed while PLANNED or CONFIRMED, and refused once HELD or CANCELLED naming the statuses that allow it', () => {
    const allowed = ACTIVITY_STATUSES.filter((status) => {
      try {
        assertActivityCorrectable(status);
        return true;
      } catch {
        return false;
      }
    });
    expect(allowed).toEqual(['PLANNED', 'CONFIRMED']);
    expect(() => assertActivityCorrectable('HELD')).toThrow('Activity is HELD; it is rescheduled or corrected only while PLANNED or CONFIRMED');
  });

  it('lists each field changed, from and to, as text; nothing when nothing changes', () => {
    expect(activityChanges(workshop, { ...workshop })).toEqual([]);
    const moved = { ...workshop, startsOn: '2027-04-01', endsOn: '2027-04-03', city: null, online: true, workingLanguages: ['fr', 'en'] };
    expect(activityChanges(workshop, moved)).toEqual([
      { field: 'startsOn', from: '2027-03-01', to: '2027-04-01' },
      { field: 'endsOn', from: '2027-03-03', to: '2027-04-03' },
      { field: 'city', from: 'Dakar', to: null },
      { field: 'online', from: 'false', to: 'true' },
      { field: 'workingLanguages', from: 'fr', to: 'fr,en' },
    ]);
    expect(activityChanges(workshop, { ...workshop, workingLanguages: ['fr'] })).toEqual([]);
    expect(reschedules(activityChanges(workshop, moved))).toBe(true);
    expect(reschedules(activityChanges(workshop, { ...workshop, endsOn: '2027-03-04' }))).toBe(true);
    expect(reschedules(activityChanges(workshop, { ...workshop, title: 'Regional workshop' }))).toBe(false);
  });
});
