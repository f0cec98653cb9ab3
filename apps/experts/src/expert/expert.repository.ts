import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertRosterReview, INITIAL_ROSTER_STATUS, MATCHABLE_ROSTER_STATUSES, rosterChangeRefusal, type RosterChange, type RosterStatus } from '@mieux/domain';
import { conflict, createIdempotently, inTransaction, notFound, paginate, updateIfStatus, type Connection, type PageArgs } from '@mieux/service-kit';
import { ExpertAuditEntity, ExpertEntity, ExpertLanguageEntity, ExpertThematicAreaEntity, type ExpertRow } from './expert.entity';
import { publishExpertChange } from './expert.events';

export interface ExpertFilterInput {
  status?: string[] | null;
  thematicArea?: string | null;
  language?: string | null;
  nationality?: string | null;
  employerType?: string | null;
  memberState?: string | null;
  publicOfficial?: boolean | null;
}

/** What matching reads of an expert: who may be matched, and the profile it scores. */
export type MatchCandidate = Pick<
  ExpertRow,
  | 'id'
  | 'status'
  | 'consentWithdrawnAt'
  | 'erasedAt'
  | 'nationality'
  | 'employerType'
  | 'publicOfficial'
  | 'thematicAreas'
  | 'subTopics'
  | 'languages'
  | 'regions'
  | 'countriesOfExperience'
  | 'availability'
>;

const MATCH_COLUMNS = [
  'id',
  'status',
  'consentWithdrawnAt',
  'erasedAt',
  'nationality',
  'employerType',
  'publicOfficial',
  'thematicAreas',
  'subTopics',
  'languages',
  'regions',
  'countriesOfExperience',
  'availability',
] as const;

const json = <T>(value: unknown): T => JSON.parse(String(value)) as T;
// Stryker disable next-line ConditionalExpression: matching reads only the matchable statuses, which withdrawing consent and erasure both leave (statusWithoutConsent); these dates are the domain's second check
const dateOrNull = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string | Date));

/** A raw row of MATCH_COLUMNS (named `e_<column>` by TypeORM) as a candidate. */
function toMatchCandidate(r: Record<string, unknown>): MatchCandidate {
  return {
    id: String(r.e_id),
    status: String(r.e_status),
    consentWithdrawnAt: dateOrNull(r.e_consent_withdrawn_at),
    erasedAt: dateOrNull(r.e_erased_at),
    nationality: String(r.e_nationality),
    employerType: String(r.e_employer_type),
    publicOfficial: Boolean(r.e_public_official),
    thematicAreas: json(r.e_thematic_areas),
    subTopics: json(r.e_sub_topics),
    languages: json(r.e_languages),
    regions: json(r.e_regions),
    countriesOfExperience: json(r.e_countries_of_experience),
    availability: json(r.e_availability),
  };
}

export type NewExpert = Omit<ExpertRow, 'id' | 'status' | 'consentWithdrawnAt' | 'refusalReason' | 'erasedAt' | 'appliedAt' | 'idempotencyKey' | 'payloadHash'>;

const REFUSALS = {
  EXPERT_ERASED: 'This expert was erased: nothing is written about them again',
  CONSENT_WITHDRAWN: 'This expert withdrew consent: their profile is no longer processed (apply again to give consent)',
};

/** The row still erased or not, consenting or not, as it was read. */
const sameConsent = (row: ExpertRow) =>
  `erased_at IS ${row.erasedAt ? 'NOT ' : ''}NULL AND consent_withdrawn_at IS ${row.consentWithdrawnAt ? 'NOT ' : ''}NULL`;

/** Where the roster's change log stands: the last audit line and how many experts are stored. */
export interface RosterMarks {
  audit: number;
  /** Null when not counted. */
  experts: number | null;
}

export class ExpertRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ExpertRow[]> {
    // Stryker disable next-line ObjectLiteral: the loader answers each id with its own row; more rows read change no answer
    return this.dataSource.getRepository(ExpertEntity).findBy({ id: In([...ids]) });
  }

  list(filter: ExpertFilterInput, page: PageArgs): Promise<Connection<ExpertRow>> {
    const q = this.dataSource.getRepository(ExpertEntity).createQueryBuilder('e');
    if (filter.status?.length) q.andWhere('e.status IN (:...status)', { status: filter.status });
    if (filter.thematicArea) q.andWhere('e.id IN (SELECT t.expert_id FROM expert_thematic_area t WHERE t.code = :area)', { area: filter.thematicArea });
    if (filter.language) q.andWhere('e.id IN (SELECT l.expert_id FROM expert_language l WHERE l.code = :language)', { language: filter.language });
    // Stryker disable next-line MethodExpression: MySQL compares codes without case (the tests' database); the embedded database needs the upper case
    if (filter.nationality) q.andWhere('e.nationality = :nationality', { nationality: filter.nationality.toUpperCase() });
    if (filter.employerType) q.andWhere('e.employerType = :employer', { employer: filter.employerType });
    // Stryker disable next-line MethodExpression: MySQL compares codes without case (the tests' database); the embedded database needs the upper case
    if (filter.memberState) q.andWhere('e.memberState = :ms', { ms: filter.memberState.toUpperCase() });
    if (filter.publicOfficial !== null && filter.publicOfficial !== undefined) q.andWhere('e.publicOfficial = :po', { po: filter.publicOfficial });
    return paginate(
      q,
      page,
      { sortColumn: 'e.appliedAt', idColumn: 'e.id', direction: 'DESC', sortKind: 'datetime', sortValue: (e) => e.appliedAt.toISOString(), id: (e) => e.id },
      (e) => e,
    );
  }

  /**
   * Experts in a status the domain matches, who may match a need: sharing a thematic area with it
   * (when areas are asked) and not excluded, with only what matching reads. One statement, read as
   * plain rows: thousands of experts are scored for one page, and entity hydration (every column,
   * personal ones included) was most of the cost. Who is matchable and the scoring are the domain's;
   * the page's experts are read whole afterwards (`expertLoader`).
   */
  async matchable(thematicAreas: readonly string[], excluded: readonly string[]): Promise<MatchCandidate[]> {
    const q = this.matchableQuery();
    if (thematicAreas.length) q.andWhere('e.id IN (SELECT t.expert_id FROM expert_thematic_area t WHERE t.code IN (:...areas))', { areas: [...thematicAreas] });
    if (excluded.length) q.andWhere('e.id NOT IN (:...excluded)', { excluded: [...excluded] });
    return (await q.getRawMany<Record<string, unknown>>()).map(toMatchCandidate);
  }

  /** The experts in a status the domain matches, with only what matching reads. */
  private matchableQuery() {
    return this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .select(MATCH_COLUMNS.map((column) => `e.${column}`))
      .where('e.status IN (:...statuses)', { statuses: [...MATCHABLE_ROSTER_STATUSES] });
  }

  /** What matching reads of the experts in a status the domain matches: all of them, or those of `ids`. One statement. */
  async matchingFacts(ids?: readonly string[]): Promise<MatchCandidate[]> {
    if (ids?.length === 0) return [];
    const q = this.matchableQuery();
    if (ids) q.andWhere('e.id IN (:...ids)', { ids: [...ids] });
    return (await q.getRawMany<Record<string, unknown>>()).map(toMatchCandidate);
  }

  /**
   * The roster's change marks, in one statement: the last audit line (every write of an expert adds
   * one, a bulk load too) and, when `counted`, how many experts are stored (a scan of the table: what
   * shows experts written without an audit line, outside this repository and the demo load).
   */
  async marks(counted: boolean): Promise<RosterMarks> {
    const [row]: { audit: unknown; experts?: unknown }[] = await this.dataSource.query(
      `SELECT (SELECT COALESCE(MAX(id), 0) FROM expert_audit) AS audit${counted ? ', (SELECT COUNT(*) FROM expert) AS experts' : ''}`,
    );
    return { audit: Number(row.audit), experts: counted ? Number(row.experts) : null };
  }

  /** The audit lines after `id`, in order: which experts were written since, and how (`APPLIED` adds one). */
  async auditedSince(id: number): Promise<{ id: number; expertId: string; action: string }[]> {
    const rows: { id: unknown; expert_id: string; action: string }[] = await this.dataSource.query(
      'SELECT id, expert_id, action FROM expert_audit WHERE id > ? ORDER BY id',
      [id],
    );
    return rows.map((r) => ({ id: Number(r.id), expertId: r.expert_id, action: r.action }));
  }

  /** A new application; a replayed idempotency key with the same application returns the first. */
  async create(fields: NewExpert, idempotencyKey: string | null, application: unknown): Promise<ExpertRow> {
    return createIdempotently({
      key: idempotencyKey,
      payload: application,
      find: (key) => this.dataSource.getRepository(ExpertEntity).findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          const row: ExpertRow = {
            ...fields,
            id: randomUUID(),
            status: INITIAL_ROSTER_STATUS,
            consentWithdrawnAt: null,
            refusalReason: null,
            erasedAt: null,
            appliedAt: new Date(),
            idempotencyKey,
            payloadHash,
          };
          await manager.insert(ExpertEntity, row);
          await this.writeIndexes(manager, row);
          await manager.insert(ExpertAuditEntity, { expertId: row.id, action: 'APPLIED', actorRole: null, at: new Date() });
          // Stryker disable next-line StringLiteral: with no row before it, the change is told as the application whatever its action
          await publishExpertChange(manager, 'APPLIED', null, row);
          return row;
        }),
    });
  }

  /** Replaces the rows that index an expert's thematic areas and languages. */
  private async writeIndexes(manager: EntityManager, row: Pick<ExpertRow, 'id' | 'thematicAreas' | 'languages'>): Promise<void> {
    await manager.delete(ExpertThematicAreaEntity, { expertId: row.id });
    await manager.delete(ExpertLanguageEntity, { expertId: row.id });
    // Stryker disable next-line ConditionalExpression: inserting no rows writes nothing; the guard spares the statement
    if (row.thematicAreas.length)
      await manager.insert(
        ExpertThematicAreaEntity,
        row.thematicAreas.map((code) => ({ expertId: row.id, code })),
      );
    // Stryker disable next-line ConditionalExpression: inserting no rows writes nothing; the guard spares the statement
    if (row.languages.length)
      await manager.insert(
        ExpertLanguageEntity,
        row.languages.map((code) => ({ expertId: row.id, code })),
      );
  }

  /**
   * Changes an expert (status compare-and-set when `to` is given) and writes the audit line, in
   * one transaction. A change of `kind` that the domain refuses (anything after erasure, the profile
   * after consent is withdrawn) is a CONFLICT that says why, and nothing is written; the write itself
   * holds only while the row is as it was read (status, erasure, consent), so an erasure or a
   * withdrawal that commits in between is never overwritten.
   */
  async change(
    id: string,
    action: string,
    kind: RosterChange,
    actorRole: string | null,
    changes: (row: ExpertRow) => Partial<ExpertRow>,
    to?: RosterStatus,
  ): Promise<ExpertRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(ExpertEntity, { id });
      if (!row) throw notFound('Expert', id);
      const refusal = rosterChangeRefusal(row, kind);
      if (refusal) throw conflict(REFUSALS[refusal], { reason: refusal });
      if (to) assertRosterReview(row.status as RosterStatus, to);
      const set = { ...changes(row), ...(to ? { status: to } : {}) };
      if (!(await updateIfStatus(manager, ExpertEntity, id, row.status, set, sameConsent(row))))
        throw conflict(`Expert ${id} changed while this change was made; try again`);
      const next = { ...row, ...set };
      if (set.thematicAreas || set.languages) await this.writeIndexes(manager, next);
      await manager.insert(ExpertAuditEntity, { expertId: id, action, actorRole, at: new Date() });
      await publishExpertChange(manager, action, row, next);
      return next;
    });
  }

  auditOf(id: string) {
    // Stryker disable next-line ObjectLiteral: audit ids grow with time, so without the order the primary key reads them the same; the order is kept for any other engine
    return this.dataSource.getRepository(ExpertAuditEntity).find({ where: { expertId: id }, order: { id: 'ASC' } });
  }
}
