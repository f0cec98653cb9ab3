import { randomUUID } from 'node:crypto';
import { Brackets, In, type DataSource, type EntityManager } from 'typeorm';
import { assertRequestTransition, INITIAL_REQUEST_STATUS, type RequestStatus } from '@mieux/domain';
import {
  conflict,
  createIdempotently,
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
import {
  ActionFicheVersionEntity,
  REQUEST_REFERENCES,
  RequestActorEntity,
  RequestEntity,
  ThematicAreaEntity,
  TransitionEntity,
  type ActionFicheVersionRow,
  type RequestActorRow,
  type RequestRow,
  type TransitionRow,
} from './request.entity';
import { coordinatorOf } from '../officer/officer.repository';
import { publishRequestChange, publishRequestSubmitted } from './request.events';
import { toRequestModel, type RequestModel } from './request.model';

/** Who made a change: the actor the history records, and the sign-in behind it, kept apart for project officers. */
export interface ChangeActor extends Actor {
  subject: string | null;
}

export interface RequestFilterInput {
  status?: string[] | null;
  countryCode?: string | null;
  region?: string | null;
  thematicArea?: string | null;
  channel?: string | null;
  from?: string | null;
  to?: string | null;
  search?: string | null;
  reference?: string | null;
  /** Only the requests this caller (opaque id) submitted signed in, or linked to this partner institution (a partner sees its own). */
  partner?: { submittedBy: string; org: string | null } | null;
  /** Only the requests assigned to this project officer. */
  assignedOfficerId?: string | null;
}

export type NewRequest = Omit<
  RequestRow,
  | 'id'
  | 'reference'
  | 'status'
  | 'submittedAt'
  | 'idempotencyKey'
  | 'payloadHash'
  | 'trackingCodeHash'
  | 'letterReference'
  | 'letterReceivedOn'
  | 'letterChannel'
  | 'eligibility'
  | 'actionFiche'
  | 'decisionOutcome'
  | 'decisionOn'
  | 'decisionRationale'
  | 'approvedOn'
  | 'partnerIds'
  | 'decisionBody'
  | 'eligibilityOverride'
  | 'assignedOfficerId'
>;

class StaleStatus extends Error {}

/** What a change does to a request: see `RequestRepository.change`. */
export interface PlannedChange {
  to: RequestStatus;
  set: Partial<RequestRow>;
  reason: string | null;
  /** The history line's kind: TRANSITION unless said. */
  kind?: 'TRANSITION' | 'CORRECTION' | 'ACTION_FICHE_REVISION' | 'ELIGIBILITY_OVERRIDE' | 'ASSIGNMENT';
  /** The deciding body, on a Steering Committee decision. */
  body?: string | null;
}

/** Every query of the requests service: one place for its SQL. */
export class RequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** N requests in one statement, in no particular order. */
  async findByIds(ids: readonly string[]): Promise<RequestRow[]> {
    if (ids.length === 0) return [];
    // Stryker disable next-line ObjectLiteral: the loader answers each id with its own row; more rows read change no answer
    return this.dataSource.getRepository(RequestEntity).findBy({ id: In([...ids]) });
  }

  /** The request of a reference, or null. */
  findByReference(reference: string): Promise<RequestRow | null> {
    return this.dataSource.getRepository(RequestEntity).findOneBy({ reference });
  }

  /** The history of N requests in one statement, oldest first. */
  async historyOf(ids: readonly string[]): Promise<TransitionRow[]> {
    // Stryker disable next-line ObjectLiteral: the loader keeps each request's own lines; InnoDB reads them in key order without the ORDER BY too
    return this.dataSource.getRepository(TransitionEntity).find({ where: { requestId: In([...ids]) }, order: { id: 'ASC' } });
  }

  /** The sign-ins behind N opaque actor ids, one statement. */
  async subjectsOf(actorIds: readonly string[]): Promise<RequestActorRow[]> {
    return this.dataSource.getRepository(RequestActorEntity).findBy({ actorId: In([...actorIds]) });
  }

  /** A filtered page, newest expression of interest first. */
  list(filter: RequestFilterInput, page: PageArgs): Promise<Connection<RequestModel>> {
    const query = this.dataSource.getRepository(RequestEntity).createQueryBuilder('r');
    if (filter.status?.length) query.andWhere('r.status IN (:...status)', { status: filter.status });
    // Stryker disable next-line MethodExpression: MySQL compares codes without case (the tests' database); the embedded database needs the upper case
    if (filter.countryCode) query.andWhere('r.beneficiaryCode = :country', { country: filter.countryCode.toUpperCase() });
    if (filter.region) query.andWhere('r.region = :region', { region: filter.region });
    if (filter.channel) query.andWhere('r.channel = :channel', { channel: filter.channel });
    if (filter.from) query.andWhere('r.expressionOfInterestOn >= :from', { from: filter.from });
    if (filter.to) query.andWhere('r.expressionOfInterestOn <= :to', { to: filter.to });
    // Stryker disable next-line MethodExpression: MySQL's LIKE ignores case (the tests' database); the embedded database needs the lower case
    if (filter.search) {
      const search = { search: `%${filter.search.toLowerCase().replace(/[%_\\]/g, '')}%`, searchReference: referencePrefix(filter.search) };
      query.andWhere(new Brackets((words) => words.where('LOWER(r.title) LIKE :search', search).orWhere('r.reference LIKE :searchReference', search)));
    }
    if (filter.assignedOfficerId) query.andWhere('r.assignedOfficerId = :officer', { officer: filter.assignedOfficerId });
    if (filter.reference) query.andWhere('r.reference LIKE :reference', { reference: referencePrefix(filter.reference) });
    if (filter.partner) {
      const { submittedBy, org } = filter.partner;
      query.andWhere(
        new Brackets((own) => {
          own.where('r.submittedBy = :submittedBy', { submittedBy });
          if (org) own.orWhere('r.id IN (SELECT p.request_id FROM request_partner p WHERE p.institution_id = :org)', { org });
        }),
      );
    }
    if (filter.thematicArea) {
      query.andWhere('r.id IN (SELECT t.request_id FROM request_thematic_area t WHERE t.code = :area)', { area: filter.thematicArea });
    }
    return paginate(
      query,
      page,
      {
        sortColumn: 'r.expressionOfInterestOn',
        idColumn: 'r.id',
        direction: 'DESC',
        sortKind: 'date',
        sortValue: (r) => r.expressionOfInterestOn,
        id: (r) => r.id,
      },
      toRequestModel,
    );
  }

  /**
   * Records a new expression of interest with its reference, thematic areas and first history line.
   * With an idempotency key, a replay of the same payload returns the first request (even when the
   * replays race); the same key with another payload is refused. The tracking code's hash is not part
   * of the payload: a replay keeps the first request's code.
   */
  async create(fields: NewRequest, actor: ChangeActor, idempotencyKey: string | null, trackingCodeHash: string | null = null): Promise<RequestRow> {
    return createIdempotently({
      key: idempotencyKey,
      payload: fields,
      find: (key) => this.dataSource.getRepository(RequestEntity).findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          const now = new Date();
          const coordinator = await coordinatorOf(manager, fields.region);
          const row: RequestRow = {
            ...fields,
            id: randomUUID(),
            reference: await this.allocateReference(manager, fields.expressionOfInterestOn.slice(0, 4)),
            status: INITIAL_REQUEST_STATUS,
            submittedAt: now,
            idempotencyKey,
            payloadHash,
            trackingCodeHash,
            letterReference: null,
            letterReceivedOn: null,
            letterChannel: null,
            eligibility: null,
            actionFiche: null,
            decisionOutcome: null,
            decisionOn: null,
            decisionRationale: null,
            approvedOn: null,
            partnerIds: null,
            decisionBody: null,
            eligibilityOverride: null,
            assignedOfficerId: coordinator?.id ?? null,
          };
          await manager.insert(RequestEntity, row);
          await manager.insert(
            ThematicAreaEntity,
            fields.thematicAreas.map((code) => ({ requestId: row.id, code })),
          );
          await recordLine(manager, { requestId: row.id, fromStatus: null, toStatus: row.status, at: now, reason: null }, actor);
          if (coordinator) {
            const routed = { requestId: row.id, fromStatus: row.status, toStatus: row.status, at: now, kind: 'ASSIGNMENT' };
            const reason = `Assigned to ${coordinator.displayName}, regional coordinator for ${fields.region}`;
            await recordLine(manager, { ...routed, reason }, { role: null, actorId: null, subject: null });
          }
          await publishRequestSubmitted(manager, row);
          return row;
        }),
    });
  }

  private async allocateReference(manager: EntityManager, year: string): Promise<string> {
    return `REQ-${year}-${String(await REQUEST_REFERENCES.next(manager, Number(year))).padStart(3, '0')}`;
  }

  /**
   * Moves a request along its lifecycle as a compare-and-set: the update applies only if the status
   * is still the one read, so of concurrent moves exactly one wins and the others get CONFLICT naming
   * the status the winner left.
   */
  transition(id: string, to: RequestStatus, changes: (row: RequestRow) => Partial<RequestRow>, actor: ChangeActor, reason: string | null): Promise<RequestRow> {
    return this.change(
      id,
      (row) => {
        assertRequestTransition(row.status as RequestStatus, to);
        return { to, set: changes(row), reason };
      },
      actor,
    );
  }

  /**
   * A change of a request planned from the row as it stands (`plan` applies the rules and throws when
   * they refuse): its status (or the same one), its fields, a history line of its kind, a new version
   * of its Action Fiche. The row is held from the read to the write, and the update is a
   * compare-and-set of the status: of concurrent changes one wins, the others are judged again
   * against what it left (CONFLICT).
   */
  async change(id: string, plan: (row: RequestRow) => PlannedChange, actor: ChangeActor): Promise<RequestRow> {
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const [row] = await findForUpdate(manager, RequestEntity, { id });
        if (!row) throw notFound('Request', id);
        const planned = plan(row);
        const set = { ...planned.set, status: planned.to };
        if (!(await updateIfStatus(manager, RequestEntity, id, row.status, set))) throw new StaleStatus();
        await recordLine(
          manager,
          {
            requestId: id,
            fromStatus: row.status,
            toStatus: planned.to,
            at: new Date(),
            reason: planned.reason,
            kind: planned.kind ?? 'TRANSITION',
            body: planned.body ?? null,
          },
          actor,
        );
        if (set.thematicAreas) {
          await manager.delete(ThematicAreaEntity, { requestId: id });
          await manager.insert(
            ThematicAreaEntity,
            set.thematicAreas.map((code) => ({ requestId: id, code })),
          );
        }
        if (set.actionFiche?.version) {
          // A fiche drafted before versions were kept becomes version 1 when it is first revised.
          if (row.actionFiche && row.actionFiche.version === undefined) {
            await manager.insert(ActionFicheVersionEntity, { requestId: id, version: 1, fiche: { ...row.actionFiche, version: 1 } });
          }
          await manager.insert(ActionFicheVersionEntity, { requestId: id, version: set.actionFiche.version, fiche: set.actionFiche });
        }
        const after = { ...row, ...set };
        await publishRequestChange(manager, row, after, planned);
        return after;
      });
    } catch (error) {
      if (!(error instanceof StaleStatus) && !isUniqueViolation(error)) throw error;
      const current = await this.dataSource.getRepository(RequestEntity).findOneByOrFail({ id });
      plan(current);
      throw conflict(`Request ${id} changed while this change was made; try again`, { currentStatus: current.status });
    }
  }

  /** Every version of the Action Fiches of N requests, one statement, oldest first. */
  ficheVersionsOf(ids: readonly string[]): Promise<ActionFicheVersionRow[]> {
    return this.dataSource.getRepository(ActionFicheVersionEntity).find({ where: { requestId: In([...ids]) }, order: { version: 'ASC' } });
  }
}

/**
 * Writes a line of a request's history under its actor's role and opaque id, and keeps the sign-in
 * behind that id apart (once per actor) for project officers.
 */
async function recordLine(
  manager: EntityManager,
  line: Omit<TransitionRow, 'id' | 'actorId' | 'role' | 'kind' | 'body'> & Partial<TransitionRow>,
  actor: ChangeActor,
) {
  await manager.insert(TransitionEntity, { ...line, actorId: actor.actorId, role: actor.role });
  if (actor.actorId && actor.subject) {
    await manager.createQueryBuilder().insert().into(RequestActorEntity).values({ actorId: actor.actorId, subject: actor.subject }).orIgnore().execute();
  }
}
