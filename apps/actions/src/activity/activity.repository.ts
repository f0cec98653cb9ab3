import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  ACTION_STATUSES_OPEN_FOR_PLANNING,
  BOOKING_DEPLOYMENT_STATUS,
  PENDING_INVITATION_STATUS,
  activityChanges,
  assertActivityCorrectable,
  assertActivityTransition,
  deriveActionStatus,
  isOpenForPlanning,
  releasesDeployments,
  reschedules,
  type ActionStatus,
  type ActivityStatus,
  type CorrectableActivity,
} from '@mieux/domain';
import {
  conflict,
  createIdempotently,
  findForUpdate,
  inTransaction,
  notFound,
  paginate,
  updateIfStatus,
  type Actor,
  type Connection,
  type PageArgs,
} from '@mieux/service-kit';
import { ActionEntity } from '../action/action.entity';
import { dateString, recordActionMove } from '../action/action.repository';
import { DeploymentEntity, EXPERT_LOCKS } from '../deployment/deployment.entity';
import { publishDeploymentCancelled } from '../deployment/deployment.events';
import { InvitationEntity } from '../invitation/invitation.entity';
import { assertExpertFree, withdrawWaiting } from '../invitation/invitation.repository';
import { ActivityChangeEntity, ActivityDraftEntity, ActivityEntity, type ActivityChangeRow, type ActivityRow } from './activity.entity';
import { publishActivityLanguagesChanged, publishActivityMove, publishActivityPlanned, publishActivityRescheduled } from './activity.events';
import { BY_START_DATE, toActivityModel, type ActivityModel } from './activity.model';

export type NewActivity = Pick<ActivityRow, 'type' | 'format' | 'title' | 'startsOn' | 'endsOn' | 'countryCode' | 'city' | 'online' | 'workingLanguages'>;

/** A window of the calendar across Actions, and what narrows it. */
export interface CalendarFilter {
  from: string;
  to: string;
  region?: string | null;
  countryCode?: string | null;
  status?: string[] | null;
  /** Only the activities of this partner institution's Actions (a partner reads its own). */
  partnerOf?: string | null;
}

export class ActivityRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The activities held, even in part, within a window, across Actions: by start date. */
  calendar(filter: CalendarFilter, page: PageArgs): Promise<Connection<ActivityModel>> {
    const query = this.dataSource.getRepository(ActivityEntity).createQueryBuilder('v');
    query.where('v.startsOn <= :to AND v.endsOn >= :from', { from: filter.from, to: filter.to });
    if (filter.status?.length) query.andWhere('v.status IN (:...status)', { status: filter.status });
    if (filter.countryCode) query.andWhere('v.countryCode = :country', { country: filter.countryCode.toUpperCase() });
    if (filter.region) query.andWhere('v.actionId IN (SELECT a.id FROM action a WHERE a.region = :region)', { region: filter.region });
    if (filter.partnerOf !== undefined) {
      // Stryker disable next-line StringLiteral: a caller of no institution (null) matches no partner row, whatever the text put in its place
      const org = filter.partnerOf ?? '';
      query.andWhere('v.actionId IN (SELECT p.action_id FROM action_partner p WHERE p.institution_id = :org)', { org });
    }
    return paginate(query, page, { ...BY_START_DATE, sortColumn: 'v.startsOn', idColumn: 'v.id' }, toActivityModel);
  }

  findByIds(ids: readonly string[]): Promise<ActivityRow[]> {
    // Stryker disable next-line ObjectLiteral: the loader keeps the activities asked for, by id; more rows read change no answer
    return this.dataSource.getRepository(ActivityEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Activities of N Actions in one statement, in date order. Read as plain rows: pages of Actions
   * ask for hundreds of activities, and entity hydration was most of their cost (bench explorer).
   */
  async byActionIds(actionIds: readonly string[]): Promise<ActivityModel[]> {
    if (actionIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, action_id, type, format, title, starts_on, ends_on, country_code, city, online, working_languages, status FROM activity
        WHERE action_id IN (${actionIds.map(() => '?').join(', ')}) ORDER BY starts_on, id`,
      [...actionIds],
    );
    return rows.map((r) => ({
      id: String(r.id),
      actionId: String(r.action_id),
      type: String(r.type),
      format: String(r.format),
      title: String(r.title),
      startsOn: dateString(r.starts_on as string),
      endsOn: dateString(r.ends_on as string),
      countryCode: String(r.country_code),
      city: (r.city as string | null) ?? null,
      online: Boolean(r.online),
      workingLanguages: JSON.parse(String(r.working_languages)) as string[],
      status: String(r.status),
    }));
  }

  /** Plans an activity of an Action still open for planning; a replayed idempotency key returns the first. */
  async plan(actionId: string, fields: NewActivity, idempotencyKey: string | null, draftId: string | null = null): Promise<ActivityRow> {
    return createIdempotently({
      key: idempotencyKey,
      payload: { actionId, ...fields },
      find: (key) => this.dataSource.getRepository(ActivityEntity).findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          const action = await manager.findOneBy(ActionEntity, { id: actionId });
          // Stryker disable next-line ConditionalExpression,StringLiteral: the resolver reads the Action first, and Actions are never deleted
          if (!action) throw notFound('Action', actionId);
          if (!isOpenForPlanning(action.status)) {
            throw conflict(`Action is ${action.status}; activities are planned while it is ${ACTION_STATUSES_OPEN_FOR_PLANNING.join(' or ')}`, {
              currentStatus: action.status,
            });
          }
          const row: ActivityRow = { ...fields, id: randomUUID(), actionId, status: 'PLANNED', createdAt: new Date(), idempotencyKey, payloadHash };
          await manager.insert(ActivityEntity, row);
          // Dating a draft of the fiche: once, and only a draft of this Action.
          if (draftId && !(await this.claimDraft(manager, draftId, actionId, row.id)))
            throw conflict(`Activity draft ${draftId} is already dated`, { draftId });
          await publishActivityPlanned(manager, row);
          return row;
        }),
    });
  }

  /** Links a draft of the Action not yet dated to the activity it becomes; false when it already is. */
  private async claimDraft(manager: EntityManager, draftId: string, actionId: string, activityId: string): Promise<boolean> {
    const draft = await manager.findOneBy(ActivityDraftEntity, { id: draftId, actionId });
    // Stryker disable next-line ConditionalExpression,StringLiteral: the resolver reads the draft first and passes its own Action, and drafts are never deleted
    if (!draft) throw notFound('ActivityDraft', draftId);
    const result = await manager
      .createQueryBuilder()
      .update(ActivityDraftEntity)
      .set({ activityId })
      .where('id = :draftId AND activity_id IS NULL', { draftId })
      .execute();
    return result.affected === 1;
  }

  /**
   * Moves an activity (compare-and-set) when `check` (the caller's rules on the row read) passes; a cancelled activity frees its experts; the Action's status
   * follows its activities in the same transaction. Moves of one Action's activities take turns on the
   * Action's row and read their siblings as committed: of two last activities held at once, the
   * second completes the Action.
   */
  async transition(id: string, to: ActivityStatus, actor: Actor, check: (row: ActivityRow) => void = () => undefined): Promise<ActivityRow> {
    return inTransaction(this.dataSource, async (manager) => {
      const found = await manager.findOneBy(ActivityEntity, { id });
      if (!found) throw notFound('Activity', id);
      const [action] = await findForUpdate(manager, ActionEntity, { id: found.actionId });
      // Read again under its lock: the checks see the dates and status a concurrent change committed.
      const [row] = await findForUpdate(manager, ActivityEntity, { id });
      assertActivityTransition(row.status as ActivityStatus, to);
      check({ ...row, startsOn: dateString(row.startsOn) });
      // Stryker disable next-line BlockStatement,StringLiteral,ConditionalExpression,BooleanLiteral: the row was read under its lock just above, so its status cannot have changed; the compare-and-set stays as the guard should the lock go (a lost lock fails test/races.test.ts)
      if (!(await updateIfStatus(manager, ActivityEntity, id, row.status, { status: to }))) {
        // Stryker disable next-line StringLiteral: unreached while the lock holds, as above
        throw conflict(`Activity ${id} changed while this change was made; try again`);
      }
      await publishActivityMove(manager, row, row.status, to);
      if (releasesDeployments(to)) {
        const released = await manager.findBy(DeploymentEntity, { activityId: id, status: BOOKING_DEPLOYMENT_STATUS });
        await manager
          .createQueryBuilder()
          .update(DeploymentEntity)
          .set({ status: 'CANCELLED' })
          .where('activity_id = :id AND status = :active', { id, active: BOOKING_DEPLOYMENT_STATUS })
          .execute();
        for (const deployment of released) await publishDeploymentCancelled(manager, deployment, 'ACTIVITY_CANCELLED');
        await withdrawWaiting(manager, { activityId: id }, 'ACTIVITY_CANCELLED');
      }
      const statuses = (await findForUpdate(manager, ActivityEntity, { actionId: row.actionId })).map((a) => a.status as ActivityStatus);
      const next = deriveActionStatus(action.status as ActionStatus, statuses);
      if (next !== action.status) {
        await updateIfStatus(manager, ActionEntity, action.id, action.status, { status: next });
        await recordActionMove(manager, action.id, action.status, next, actor, `Activity "${row.title}" ${to}`);
      }
      return { ...row, status: to };
    });
  }

  /**
   * Corrects or reschedules an activity under its row lock: `correct` (the caller's rules, on the
   * activity as committed) gives its new fields. When its dates move, the experts deployed on it move
   * with it: their locks are taken in id order, after the activity's (the order bookings take them), and
   * each must be free on the new dates, or nothing changes. The change is recorded in the activity's
   * history in the same transaction; a correction that changes nothing records nothing.
   */
  async correct(id: string, who: Pick<ActivityChangeRow, 'role' | 'actorId' | 'reason'>, correct: (row: CorrectableActivity) => CorrectableActivity) {
    return inTransaction(this.dataSource, async (manager) => {
      const [row] = await findForUpdate(manager, ActivityEntity, { id });
      // Stryker disable next-line ConditionalExpression,StringLiteral: the resolver reads the activity first, and activities are never deleted
      if (!row) throw notFound('Activity', id);
      assertActivityCorrectable(row.status as ActivityStatus);
      const before = { ...row, startsOn: dateString(row.startsOn), endsOn: dateString(row.endsOn), online: Boolean(row.online) };
      const { title, format, startsOn, endsOn, countryCode, city, online, workingLanguages } = correct(before);
      const after = { title, format, startsOn, endsOn, countryCode, city, online, workingLanguages: [...workingLanguages] };
      const changes = activityChanges(before, after);
      if (changes.length === 0) return before;
      await manager.update(ActivityEntity, { id }, after);
      if (reschedules(changes)) {
        await this.moveDeployments(manager, id, after);
        await publishActivityRescheduled(manager, { id, actionId: row.actionId, ...after });
      }
      if (changes.some((c) => c.field === 'workingLanguages')) await publishActivityLanguagesChanged(manager, { id, actionId: row.actionId, ...after });
      await manager.insert(ActivityChangeEntity, { activityId: id, changes, ...who, at: new Date() });
      return { ...before, ...after };
    });
  }

  /**
   * Moves the active deployments and the waiting invitations of an activity (whose row lock is held)
   * to its new dates, each expert free on them (of other deployments and invitations).
   */
  private async moveDeployments(manager: EntityManager, activityId: string, dates: { startsOn: string; endsOn: string }): Promise<void> {
    // None is added meanwhile: a booking or an invitation takes the activity's lock first.
    const deployed = await manager.findBy(DeploymentEntity, { activityId, status: BOOKING_DEPLOYMENT_STATUS });
    const invited = await manager.findBy(InvitationEntity, { activityId, status: PENDING_INVITATION_STATUS });
    const now = new Date();
    for (const expertId of [...new Set([...deployed, ...invited].map((d) => d.expertId))].sort()) {
      await EXPERT_LOCKS.take(manager, expertId);
      await assertExpertFree(manager, expertId, dates, now, activityId);
    }
    for (const [entity, status] of [
      [DeploymentEntity, BOOKING_DEPLOYMENT_STATUS],
      [InvitationEntity, PENDING_INVITATION_STATUS],
    ] as const) {
      await manager
        .createQueryBuilder()
        .update(entity)
        .set({ startsOn: dates.startsOn, endsOn: dates.endsOn })
        .where('activity_id = :activityId AND status = :status', { activityId, status })
        .execute();
    }
  }

  /** The corrections of N activities, oldest first: one statement. */
  historyOf(activityIds: readonly string[]): Promise<ActivityChangeRow[]> {
    return this.dataSource.getRepository(ActivityChangeEntity).find({ where: { activityId: In([...activityIds]) }, order: { at: 'ASC', id: 'ASC' } });
  }

  /**
   * For each activity, the experts with an active deployment, or a waiting invitation still holding
   * the dates at `now`, on dates overlapping its own (itself included): one statement for N activities.
   */
  async busyExperts(activityIds: readonly string[], now: Date = new Date()): Promise<{ activityId: string; expertId: string }[]> {
    // Stryker disable next-line ConditionalExpression: its loader never asks for no activity; the guard keeps `IN ()` out of SQL for other callers
    if (activityIds.length === 0) return [];
    // One join per table, each read through its (status, dates) index: a union of both tables before the
    // join was materialised whole at every call (40 ms of MariaDB's time per activity at ten times the demo).
    const ids = activityIds.map(() => '?').join(', ');
    const rows: { activity_id: string; expert_id: string }[] = await this.dataSource.query(
      `SELECT a.id AS activity_id, d.expert_id FROM activity a
         JOIN deployment d ON d.status = ? AND d.starts_on <= a.ends_on AND d.ends_on >= a.starts_on
        WHERE a.id IN (${ids})
       UNION
       SELECT a.id AS activity_id, i.expert_id FROM activity a
         JOIN invitation i ON i.status = ? AND i.expires_at > ? AND i.starts_on <= a.ends_on AND i.ends_on >= a.starts_on
        WHERE a.id IN (${ids})`,
      [BOOKING_DEPLOYMENT_STATUS, ...activityIds, PENDING_INVITATION_STATUS, now, ...activityIds],
    );
    return rows.map((r) => ({ activityId: r.activity_id, expertId: r.expert_id }));
  }
}
