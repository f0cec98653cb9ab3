import type { FactKind } from '@mieux/domain';
import { EntitySchema, Table } from 'typeorm';

interface Column {
  /** The fact's property. */
  property: string;
  name: string;
  type: 'varchar' | 'int' | 'boolean' | 'simple-json';
  length?: number;
  nullable?: boolean;
}

const id: Column = { property: 'id', name: 'id', type: 'varchar', length: 64 };
const ref = (property: string, name: string): Column => ({ property, name, type: 'varchar', length: 64 });
const code = (property: string, name: string, nullable = false): Column => ({ property, name, type: 'varchar', length: 40, nullable });
const date = (property: string, name: string): Column => ({ property, name, type: 'varchar', length: 10 });
const time = (property: string, name: string): Column => ({ property, name, type: 'varchar', length: 30, nullable: true });
const codes = (property: string, name: string): Column => ({ property, name, type: 'simple-json' });
const int = (property: string, name = property): Column => ({ property, name, type: 'int' });
const flag = (property: string, name: string): Column => ({ property, name, type: 'boolean' });

/** The migration that added the follow-ups' table (the first made every table before it). */
export const FOLLOW_UPS = 2;
/** The migration that added the invitations' table. */
export const INVITATIONS = 3;

/**
 * The facts tables: one per kind of fact, keyed by the entity's id, holding a fact as the fold sets it
 * (`@mieux/domain`'s portfolio-facts). A restarted replica reads each back in one statement.
 */
export const FACT_TABLES: Record<FactKind, { table: string; columns: Column[]; index?: string[]; since?: number }> = {
  actions: {
    table: 'fact_action',
    columns: [
      id,
      code('beneficiaryCode', 'beneficiary_code'),
      code('region', 'region', true),
      date('approvedOn', 'approved_on'),
      codes('thematicAreas', 'thematic_areas'),
      code('status', 'status'),
    ],
  },
  activities: {
    table: 'fact_activity',
    columns: [id, ref('actionId', 'action_id'), code('type', 'type'), date('startsOn', 'starts_on'), code('status', 'status')],
    index: ['action_id'],
  },
  deployments: {
    table: 'fact_deployment',
    columns: [id, ref('activityId', 'activity_id'), ref('expertId', 'expert_id'), { property: 'active', name: 'active', type: 'boolean' }],
    index: ['activity_id'],
  },
  invitations: {
    table: 'fact_invitation',
    columns: [id, ref('activityId', 'activity_id'), code('status', 'status'), time('invitedAt', 'invited_at'), time('acceptedAt', 'accepted_at')],
    index: ['activity_id'],
    since: INVITATIONS,
  },
  experts: {
    table: 'fact_expert',
    columns: [id, code('employerType', 'employer_type'), flag('publicOfficial', 'public_official'), code('memberState', 'member_state', true)],
  },
  participation: { table: 'fact_participation', columns: [id, int('total'), int('women')] },
  evaluations: {
    table: 'fact_evaluation',
    columns: [id, ref('activityId', 'activity_id'), code('respondentType', 'respondent_type'), code('rating', 'rating')],
    index: ['activity_id'],
  },
  results: { table: 'fact_result', columns: [id, ref('actionId', 'action_id'), code('type', 'type')], index: ['action_id'] },
  followUps: {
    table: 'fact_follow_up',
    columns: [
      id,
      ref('actionId', 'action_id'),
      int('monthsAfter', 'months_after'),
      flag('policyAdopted', 'policy_adopted'),
      flag('practiceInUse', 'practice_in_use'),
    ],
    index: ['action_id'],
    since: FOLLOW_UPS,
  },
  requests: {
    table: 'fact_request',
    columns: [
      id,
      date('expressionOfInterestOn', 'expression_of_interest_on'),
      code('beneficiaryCode', 'beneficiary_code'),
      code('region', 'region', true),
      codes('thematicAreas', 'thematic_areas'),
    ],
  },
};

/** The TypeORM entity of each kind of fact. */
export const FACT_ENTITIES = Object.fromEntries(
  Object.entries(FACT_TABLES).map(([kind, { table, columns }]) => [
    kind,
    new EntitySchema<Record<string, unknown>>({
      name: table,
      tableName: table,
      columns: Object.fromEntries(
        columns.map((c) => [c.property, { name: c.name, type: c.type, length: c.length, nullable: c.nullable ?? false, primary: c.property === 'id' }]),
      ),
    }),
  ]),
) as Record<FactKind, EntitySchema<Record<string, unknown>>>;

/**
 * The facts tables a migration creates (JSON lists as text, as TypeORM's simple-json stores them): the
 * first creates those it had, each later one those added with it (`since`).
 */
export function factTables(migration = 1): Table[] {
  return Object.values(FACT_TABLES)
    .filter(({ since = 1 }) => since === migration)
    .map(
      ({ table, columns, index }) =>
        new Table({
          name: table,
          columns: columns.map((c) => ({
            name: c.name,
            type: c.type === 'simple-json' ? 'text' : c.type,
            length: c.length ? String(c.length) : undefined,
            isNullable: c.nullable ?? false,
            isPrimary: c.property === 'id',
          })),
          indices: index ? [{ name: `idx_${table}_${index.join('_')}`, columnNames: index }] : [],
        }),
    );
}
