import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  ACTION_STATUSES_OPEN_FOR_PLANNING,
  BOOKING_DEPLOYMENT_STATUS,
  assertActivityTransition,
  deriveActionStatus,
  isOpenForPlanning,
  releasesDeployments,
  type ActionStatus,
  type ActivityStatus,
} from '@mieux/domain';
import { conflict, createIdempotently, findForUpdate, inTransaction, notFound, updateIfStatus, type Actor } from '@mieux/service-kit';
import { ActionEntity } from '../action/action.entity';
import { dateString, recordActionMove } from '../action/action.repository';
import { DeploymentEntity } from '../deployment/deployment.entity';
import { ActivityDraftEntity, ActivityEntity, type ActivityRow } from './activity.entity';
import { publishDeploymentCancelled } from '../deployment/deployment.events';
import { publishActivityMove, publishActivityPlanned } from './activity.events';
import type { ActivityModel } from './activity.model';

export type NewActivity = Pick<ActivityRow, 'type' | 'format' | 'title' | 'startsOn' | 'endsOn' | 'countryCode' | 'city' | 'online'>;

export class ActivityRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<ActivityRow[]> {
    return this.dataSource.getRepository(ActivityEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Activities of N Actions in one statement, in date order. Read as plain rows: pages of Actions
   * ask for hundreds of activities, and entity hydration was most of their cost (bench explorer).
   */
  async byActionIds(actionIds: readonly string[]): Promise<ActivityModel[]> {
    if (actionIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, action_id, type, format, title, starts_on, ends_on, country_code, city, online, status FROM activity
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
      if (!(await updateIfStatus(manager, ActivityEntity, id, row.status, { status: to }))) {
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
   * For each activity, the experts with an active deployment on dates overlapping its own (itself
   * included): one statement for N activities.
   */
  async busyExperts(activityIds: readonly string[]): Promise<{ activityId: string; expertId: string }[]> {
    if (activityIds.length === 0) return [];
    const rows: { activity_id: string; expert_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT a.id AS activity_id, d.expert_id FROM activity a
         JOIN deployment d ON d.status = ? AND d.starts_on <= a.ends_on AND d.ends_on >= a.starts_on
        WHERE a.id IN (${activityIds.map(() => '?').join(', ')})`,
      [BOOKING_DEPLOYMENT_STATUS, ...activityIds],
    );
    return rows.map((r) => ({ activityId: r.activity_id, expertId: r.expert_id }));
  }
}
