import type { EntitySchema, EntitySchemaColumnOptions } from 'typeorm';

/**
 * Characters a TEXT column holds whatever they are: 65,535 bytes, at most 4 bytes a character in
 * utf8mb4. A JavaScript string's length (UTF-16 units) is never below its count of characters, so a
 * check on `length` is on the safe side.
 */
export const TEXT_COLUMN_CHARS = 16_383;
/** Bytes a TEXT column holds: the bound for lists and documents stored as JSON text. */
export const TEXT_COLUMN_BYTES = 65_535;

/** The longest idempotency key a client may send (it is stored as a digest, see `scopedIdempotencyKey`). */
export const IDEMPOTENCY_KEY_MAX = 100;

/** The columns every idempotent creation stores: the caller-scoped key (unique) and the payload's digest. */
export const IDEMPOTENCY_COLUMNS = {
  idempotencyKey: { name: 'idempotency_key', type: 'varchar', length: IDEMPOTENCY_KEY_MAX, nullable: true },
  payloadHash: { name: 'payload_hash', type: 'varchar', length: 64, nullable: true },
} as const satisfies Record<string, EntitySchemaColumnOptions>;

function capacity(column: EntitySchemaColumnOptions): number | null {
  if (column.type === 'varchar' && column.length !== undefined) return Number(column.length);
  if (column.type === 'text' || column.type === 'simple-json') return TEXT_COLUMN_CHARS;
  return null;
}

type TextColumns<T> = { [K in keyof T & string]: number };

/**
 * The longest text each text column of an entity takes, read from the entity's own definition: the
 * inputs that write a column take their limit from here, so a column and its check cannot drift.
 * `tighter` sets a lower limit where the facility wants one (a CV of 4,000 characters in a TEXT
 * column); a limit above what the column holds is a programming error, thrown at start.
 */
export function columnLimits<T>(entity: EntitySchema<T>, tighter: Partial<Record<keyof T & string, number>> = {}): TextColumns<T> {
  const limits: Record<string, number> = {};
  for (const [property, column] of Object.entries(entity.options.columns) as [string, EntitySchemaColumnOptions][]) {
    const max = capacity(column);
    if (max !== null) limits[property] = max;
  }
  for (const [property, max] of Object.entries(tighter) as [string, number][]) {
    const column = limits[property];
    if (column === undefined || max > column)
      throw new Error(`${entity.options.name}.${property}: a limit of ${max} does not fit its column (${column ?? 'not text'})`);
    limits[property] = max;
  }
  return limits as TextColumns<T>;
}
