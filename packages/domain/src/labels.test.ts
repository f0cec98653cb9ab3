import { ACTIVITY_FORMATS, ACTIVITY_TYPE_LABELS } from './activities';
import type { Labels } from './labels';
import { REGIONAL_ORGANISATIONS } from './regional-organisations';
import { REGION_LABELS } from './regions';
import { THEMATIC_AREAS } from './thematic-areas';
import { EXTENT_LABELS, QUESTIONNAIRE, RATING_LABELS } from './questionnaire';

/** Every list of names people read, by what it names. */
const NAMES: [string, Labels[]][] = [
  ['activity types', Object.values(ACTIVITY_TYPE_LABELS)],
  ['activity formats', ACTIVITY_FORMATS.map((f) => f.label)],
  ['regions', Object.values(REGION_LABELS)],
  ['regional organisations', REGIONAL_ORGANISATIONS.map((o) => o.name)],
  ['thematic areas', THEMATIC_AREAS.map((a) => a.label)],
  ['sub-topics', THEMATIC_AREAS.flatMap((a) => a.subTopics.map((t) => t.label))],
  ['evaluation questions', QUESTIONNAIRE.map((q) => q.label)],
  ['ratings', Object.values(RATING_LABELS)],
  ['extents of relevance and usefulness', Object.values(EXTENT_LABELS)],
];

describe('names people read', () => {
  it.each(NAMES)('of %s are written in English and French, one distinct name each', (_, labels) => {
    for (const { EN, FR } of labels) {
      expect(EN.trim()).not.toBe('');
      expect(FR.trim()).not.toBe('');
    }
    expect(new Set(labels.map((l) => l.EN)).size).toBe(labels.length);
    expect(new Set(labels.map((l) => l.FR)).size).toBe(labels.length);
  });
});
