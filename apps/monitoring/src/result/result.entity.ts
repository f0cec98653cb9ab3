import { IDEMPOTENCY_COLUMNS } from '@mieux/service-kit';
import { EntitySchema } from 'typeorm';

export interface ResultRow {
  id: string;
  actionId: string;
  type: string;
  status: string;
  title: string;
  date: string;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

export const ResultEntity = new EntitySchema<ResultRow>({
  name: 'Result',
  tableName: 'result',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    actionId: { name: 'action_id', type: 'varchar', length: 36 },
    type: { type: 'varchar', length: 40 },
    status: { type: 'varchar', length: 16 },
    title: { type: 'varchar', length: 300 },
    date: { type: 'date' },
    ...IDEMPOTENCY_COLUMNS,
  },
});

/** An activity that contributed to a result (of the result's Action). */
export interface ResultActivityRow {
  resultId: string;
  activityId: string;
}

export const ResultActivityEntity = new EntitySchema<ResultActivityRow>({
  name: 'ResultActivity',
  tableName: 'result_activity',
  columns: {
    resultId: { name: 'result_id', type: 'varchar', length: 36, primary: true },
    activityId: { name: 'activity_id', type: 'varchar', length: 64, primary: true },
  },
});

export interface FinalEvaluationRow {
  actionId: string;
  summary: string;
  rating: string;
  date: string;
}

export const FinalEvaluationEntity = new EntitySchema<FinalEvaluationRow>({
  name: 'FinalEvaluation',
  tableName: 'final_evaluation',
  columns: {
    actionId: { name: 'action_id', type: 'varchar', length: 36, primary: true },
    summary: { type: 'text' },
    rating: { type: 'varchar', length: 16 },
    date: { type: 'date' },
  },
});
