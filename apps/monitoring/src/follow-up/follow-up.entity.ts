import { EntitySchema } from 'typeorm';

/** A follow-up of a closed Action, some months after: one per Action and month, the latest kept. */
export interface FollowUpRow {
  actionId: string;
  monthsAfter: number;
  date: string;
  policyAdopted: boolean;
  practiceInUse: boolean;
  note: string | null;
  recordedAt: Date;
}

export const FollowUpEntity = new EntitySchema<FollowUpRow>({
  name: 'FollowUp',
  tableName: 'follow_up',
  columns: {
    actionId: { name: 'action_id', type: 'varchar', length: 36, primary: true },
    monthsAfter: { name: 'months_after', type: 'int', primary: true },
    date: { type: 'date' },
    policyAdopted: { name: 'policy_adopted', type: 'boolean' },
    practiceInUse: { name: 'practice_in_use', type: 'boolean' },
    note: { type: 'text', nullable: true },
    recordedAt: { name: 'recorded_at', type: 'datetime', precision: 3 },
  },
});
