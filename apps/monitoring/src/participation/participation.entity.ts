import { namedLocks } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

/** A participation record; the current one of an activity has `current` set, earlier ones are its history. */
export interface ParticipationRow {
  id: number;
  activityId: string;
  actionId: string;
  total: number;
  women: number;
  men: number;
  undisclosed: number;
  institutions: string[];
  /** Participants counted by the type of institution they came from (optional, may count fewer than the total). */
  byInstitutionType: { type: string; count: number }[] | null;
  recordedAt: Date;
  current: boolean;
}

export const ParticipationEntity = new EntitySchema<ParticipationRow>({
  name: 'Participation',
  tableName: 'participation',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    activityId: { name: 'activity_id', type: 'varchar', length: 36 },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    total: { type: 'int' },
    women: { type: 'int' },
    men: { type: 'int' },
    undisclosed: { type: 'int' },
    institutions: { type: 'simple-json' },
    byInstitutionType: { name: 'by_institution_type', type: 'simple-json', nullable: true },
    recordedAt: { name: 'recorded_at', type: 'datetime', precision: 3 },
    current: { type: 'boolean' },
  },
});

/** One lock per activity: replacements of its participation take turns, so one record stays current. */
export const ACTIVITY_LOCKS = namedLocks('ActivityLock', 'activity_lock');
