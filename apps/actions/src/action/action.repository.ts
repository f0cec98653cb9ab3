import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  actionReference,
  actionReferenceYear,
  assertActionTransition,
  LAUNCHING_ACTIVITY_STATUS,
  periodOf,
  STATUS_NOT_COUNTED,
  type ActionStatus,
} from '@mieux/domain';
import {
  conflict,
  findForUpdate,
  inTransaction,
  isUniqueViolation,
  notFound,
  paginate,
  referencePrefix,
  updateIfStatus,
  type Actor,
  type Connection,
  type PageArgs,
} from '@mieux/service-kit';
import { ActivityDraftEntity, type ActivityDraftRow } from '../activity/activity.entity';
import {
  ACTION_REFERENCES,
  ActionEntity,
  ActionPartnerEntity,
  ActionThematicAreaEntity,
  ActionTransitionEntity,
  type ActionRow,
  type ActionTransitionRow,
} from './action.entity';
import { RequestPartnerCopyEntity } from '../request/request.entity';
import { publishActionCreated, publishActionMove } from './action.events';
import { toActionModel, type ActionModel } from './action.model';

export interface ActionFilterInput {
  status?: string[] | null;
  countryCode?: string | null;
  region?: string | null;
  thematicArea?: string | null;
  phase?: string | null;
  approvedFrom?: string | null;
  approvedTo?: string | null;
  reference?: string | null;
  /** Only the Actions assigned to this project officer. */
  assignedOfficerId?: string | null;
  /** Only the Actions of this partner institution (a partner reads its own). */
  partnerOf?: string | null;
}

export type NewAction = Pick<
  ActionRow,
  'requestId' | 'title' | 'beneficiaryCode' | 'region' | 'thematicAreas' | 'subTopics' | 'approvedOn' | 'assignedOfficerId'
> & {
  /** The partner institutions of its request. */
  partnerIds: string[];
  /** The activities its fiche planned, to be dated. */
  drafts: { type: string; title: string; position: number }[];
};

export class ActionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ActionRow[]> {
    // Stryker disable next-line ObjectLiteral: the loader keeps the Actions asked for, by id; more rows read change no answer
    return this.dataSource.getRepository(ActionEntity).findBy({ id: In([...ids]) });
  }

  /** The Action of a reference, or null. */
  findByReference(reference: string): Promise<ActionRow | null> {
    return this.dataSource.getRepository(ActionEntity).findOneBy({ reference: reference.trim().toUpperCase() });
  }

  findByRequestIds(requestIds: readonly string[]): Promise<ActionRow[]> {
    // Stryker disable next-line ObjectLiteral: the loader keeps the Actions of the requests asked for; more rows read change no answer
    return this.dataSource.getRepository(ActionEntity).findBy({ requestId: In([...requestIds]) });
  }

  findDraft(id: string): Promise<ActivityDraftRow | null> {
    return this.dataSource.getRepository(ActivityDraftEntity).findOneBy({ id });
  }

  /** The activity drafts of N Actions, one statement, in the fiche's order. */
  draftsOf(actionIds: readonly string[]): Promise<ActivityDraftRow[]> {
    // Stryker disable next-line ObjectLiteral: the index on (action_id, position) reads each Action's drafts in the fiche's order without the ORDER BY too
    return this.dataSource.getRepository(ActivityDraftEntity).find({ where: { actionId: In([...actionIds]) }, order: { position: 'ASC' } });
  }

  /** The partner institutions of N Actions, one statement. */
  partnersOf(actionIds: readonly string[]): Promise<{ actionId: string; institutionId: string }[]> {
    // Stryker disable next-line ObjectLiteral: the loader keeps each Action's own partners; more rows read change no answer
    return this.dataSource.getRepository(ActionPartnerEntity).findBy({ actionId: In([...actionIds]) });
  }

  list(filter: ActionFilterInput, page: PageArgs): Promise<Connection<ActionModel>> {
    const query = this.dataSource.getRepository(ActionEntity).createQueryBuilder('a');
    if (filter.partnerOf !== undefined) {
      // Stryker disable next-line StringLiteral: a caller of no institution (null) matches no partner row, whatever the text put in its place
      const org = filter.partnerOf ?? '';
      query.andWhere('a.id IN (SELECT p.action_id FROM action_partner p WHERE p.institution_id = :org)', { org });
    }
    if (filter.status?.length) query.andWhere('a.status IN (:...status)', { status: filter.status });
    // Stryker disable next-line MethodExpression: MySQL compares codes without case (the tests' database); the embedded database needs the upper case
    if (filter.countryCode) query.andWhere('a.beneficiaryCode = :country', { country: filter.countryCode.toUpperCase() });
    if (filter.region) query.andWhere('a.region = :region', { region: filter.region });
    if (filter.assignedOfficerId) query.andWhere('a.assignedOfficerId = :officer', { officer: filter.assignedOfficerId });
    if (filter.reference) query.andWhere('a.reference LIKE :reference', { reference: referencePrefix(filter.reference) });
    if (filter.thematicArea) query.andWhere('a.id IN (SELECT t.action_id FROM action_thematic_area t WHERE t.code = :area)', { area: filter.thematicArea });
    const period = periodOf({ from: filter.approvedFrom, to: filter.approvedTo, phase: filter.phase });
    if (!period) query.andWhere('1 = 0');
    if (period?.from) query.andWhere('a.approvedOn >= :from', { from: period.from });
    if (period?.to) query.andWhere('a.approvedOn <= :to', { to: period.to });
    return paginate(
      query,
      page,
      { sortColumn: 'a.approvedOn', idColumn: 'a.id', direction: 'DESC', sortKind: 'date', sortValue: (a) => a.approvedOn, id: (a) => a.id },
      toActionModel,
    );
  }

  /** A new Action with its reference; a second Action for the same request is refused by the unique key. */
  async create({ partnerIds, drafts, ...fields }: NewAction, actor: Actor): Promise<ActionRow> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const year = actionReferenceYear(fields.approvedOn);
        const number = await ACTION_REFERENCES.next(manager, year);
        const row: ActionRow = { ...fields, id: randomUUID(), reference: actionReference(year, number), status: 'PLANNED', createdAt: new Date() };
        await manager.insert(ActionEntity, row);
        await manager.insert(
          ActionThematicAreaEntity,
          fields.thematicAreas.map((code) => ({ actionId: row.id, code })),
        );
        if (drafts.length > 0) {
          await manager.insert(
            ActivityDraftEntity,
            drafts.map((draft) => ({ ...draft, id: randomUUID(), actionId: row.id, activityId: null })),
          );
        }
        // Read after the insert, locked (the latest committed rows, after any writer of them): a link the requests
        // service made after it answered is here if its consumer came first, or that consumer waits for this
        // Action and adds it (request.consumer.ts).
        const linkedSince = await findForUpdate(manager, RequestPartnerCopyEntity, { requestId: fields.requestId });
        const partners = new Set([...partnerIds, ...linkedSince.map((link) => link.institutionId)]);
        if (partners.size > 0)
          await manager.insert(
            ActionPartnerEntity,
            [...partners].map((institutionId) => ({ actionId: row.id, institutionId })),
          );
        await recordActionMove(manager, row.id, null, 'PLANNED', actor, `Created from request ${fields.requestId}`);
        await publishActionCreated(manager, row);
        return row;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await this.dataSource.getRepository(ActionEntity).findOneBy({ requestId: fields.requestId });
      // Stryker disable next-line StringLiteral: the unique key broken is the request's, so its Action is there to name
      throw conflict(`Request ${fields.requestId} already has its Action ${existing?.reference ?? ''}`.trim(), { actionId: existing?.id });
    }
  }

  /** Moves an Action along its lifecycle, compare-and-set, and records the move with who and why. */
  async transition(id: string, to: ActionStatus, actor: Actor, reason: string | null): Promise<ActionRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(ActionEntity, { id });
      if (!row) throw notFound('Action', id);
      assertActionTransition(row.status as ActionStatus, to);
      if (!(await updateIfStatus(manager, ActionEntity, id, row.status, { status: to }))) {
        throw conflict(`Action ${id} changed while this change was made; try again`);
      }
      await recordActionMove(manager, id, row.status, to, actor, reason);
      return { ...row, status: to };
    });
  }

  /** Puts a project officer in charge of an Action, recorded in its history (its status stays). */
  async assign(id: string, officer: { id: string; displayName: string }, actor: Actor): Promise<ActionRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(ActionEntity, { id });
      if (!row) throw notFound('Action', id);
      await manager.update(ActionEntity, { id }, { assignedOfficerId: officer.id });
      const line = { actionId: id, fromStatus: row.status, toStatus: row.status, at: new Date(), reason: `Assigned to ${officer.displayName}` };
      await manager.insert(ActionTransitionEntity, { ...line, role: actor.role, actorId: actor.actorId });
      return { ...row, assignedOfficerId: officer.id };
    });
  }

  /** The history of N Actions, oldest first: one statement. */
  historyOf(actionIds: readonly string[]): Promise<ActionTransitionRow[]> {
    return this.dataSource.getRepository(ActionTransitionEntity).find({ where: { actionId: In([...actionIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /** When each Action launched (the domain's launchedOnOf, in SQL: its first activity held), for N Actions: one grouped statement. */
  async launchedOn(actionIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { action_id: string; started: string }[] = await this.dataSource.query(
      `SELECT action_id, MIN(starts_on) AS started FROM activity WHERE status = ? AND action_id IN (${actionIds.map(() => '?').join(', ')}) GROUP BY action_id`,
      [LAUNCHING_ACTIVITY_STATUS, ...actionIds],
    );
    return new Map(rows.map((r) => [r.action_id, dateString(r.started)]));
  }

  /**
   * How many Actions launched each number of days after their approval, per year of launch (launch as in
   * `launchedOn`), cancelled Actions left out: one grouped statement.
   */
  async launchDays(fromYear: number, toYear: number): Promise<{ year: number; days: number; count: number }[]> {
    const mysql = this.dataSource.options.type === 'mysql';
    const year = mysql ? 'YEAR(l.launched_on)' : 'CAST(SUBSTR(l.launched_on, 1, 4) AS INTEGER)';
    const days = mysql ? 'DATEDIFF(l.launched_on, a.approved_on)' : 'CAST(julianday(l.launched_on) - julianday(a.approved_on) AS INTEGER)';
    const rows: { year: number | string; days: number | string; n: number | string }[] = await this.dataSource.query(
      `SELECT ${year} AS year, ${days} AS days, COUNT(*) AS n
        FROM action a JOIN (SELECT action_id, MIN(starts_on) AS launched_on FROM activity WHERE status = ? GROUP BY action_id) l ON l.action_id = a.id
        WHERE a.status <> ? AND l.launched_on >= ? AND l.launched_on <= ?
        GROUP BY ${year}, ${days} ORDER BY year, days`,
      [LAUNCHING_ACTIVITY_STATUS, STATUS_NOT_COUNTED, `${fromYear}-01-01`, `${toYear}-12-31`],
    );
    return rows.map((r) => ({ year: Number(r.year), days: Number(r.days), count: Number(r.n) }));
  }
}

/** MIN() over a DATE comes back as a string or a Date depending on the driver. */
export function dateString(value: string | Date): string {
  // Stryker disable next-line MethodExpression: MySQL answers DATE columns as strings here (dateStrings); a Date comes only from the embedded database
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

/** Records one move of an Action in the transaction that makes it, with its event (its creation has its own). */
export async function recordActionMove(manager: EntityManager, actionId: string, from: string | null, to: string, actor: Actor, reason: string | null) {
  await manager.insert(ActionTransitionEntity, { actionId, fromStatus: from, toStatus: to, role: actor.role, actorId: actor.actorId, at: new Date(), reason });
  if (from !== null) await publishActionMove(manager, actionId, from, to);
}
