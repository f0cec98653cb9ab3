import { randomUUID } from 'node:crypto';
import { In, type DataSource } from 'typeorm';
import {
  ACTIVITY_STATUS_OPEN_FOR_RECORDING,
  ACTIVITY_STATUSES_OPEN_FOR_DEPLOYMENT,
  assertDeploymentTransition,
  BOOKING_DEPLOYMENT_STATUS,
  isOpenForDeployment,
  isOpenForRecording,
  type DeploymentStatus,
} from '@mieux/domain';
import { conflict, createIdempotently, findForUpdate, inTransaction, notFound, replayOf, updateIfStatus } from '@mieux/service-kit';
import { dateString } from '../action/action.repository';
import { ActivityEntity } from '../activity/activity.entity';
import { DeploymentEntity, EXPERT_LOCKS, type DeploymentRow } from './deployment.entity';
import { assertExpertFree, withdrawWaiting } from '../invitation/invitation.repository';
import { publishDeploymentCancelled, publishDeploymentEnded, publishExpertDeployed } from './deployment.events';

/** A deployment without its bookkeeping columns. */
export type DeploymentFacts = Omit<DeploymentRow, 'createdAt' | 'idempotencyKey' | 'payloadHash'> & { createdAt: Date | string };

export class DeploymentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Deployments of N activities in one statement, as plain rows (see ActivityRepository.byActionIds). */
  async byActivityIds(activityIds: readonly string[]): Promise<DeploymentFacts[]> {
    if (activityIds.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, activity_id, expert_id, role, status, starts_on, ends_on, created_at, invitation_id, recorded_reason FROM deployment
        WHERE activity_id IN (${activityIds.map(() => '?').join(', ')}) ORDER BY created_at, id`,
      [...activityIds],
    );
    return rows.map((r) => ({
      id: String(r.id),
      activityId: String(r.activity_id),
      expertId: String(r.expert_id),
      role: String(r.role),
      status: String(r.status),
      startsOn: dateString(r.starts_on as string),
      endsOn: dateString(r.ends_on as string),
      createdAt: r.created_at as Date | string,
      invitationId: (r.invitation_id as string | null) ?? null,
      recordedReason: (r.recorded_reason as string | null) ?? null,
    }));
  }

  byExpertIds(expertIds: readonly string[]): Promise<DeploymentRow[]> {
    // Stryker disable next-line ObjectLiteral: the loader keeps each expert's own deployments, and Expert.deployments orders its page itself (BY_START)
    return this.dataSource.getRepository(DeploymentEntity).find({ where: { expertId: In([...expertIds]) }, order: { startsOn: 'ASC', id: 'ASC' } });
  }

  findById(id: string): Promise<DeploymentRow | null> {
    return this.dataSource.getRepository(DeploymentEntity).findOneBy({ id });
  }

  /**
   * Books an expert on an activity. The activity's row lock and then the expert's lock are taken, in
   * that order always, before anything is read; both are re-checked under them: the activity's status
   * (a cancellation waits, or is seen) and the expert's standing on the roster (`assertDeployable`, asked
   * of its owner while the expert's lock is held, so a withdrawal of consent that ends the expert's
   * deployments under the same lock either is seen here or ends this booking once it commits). Two
   * concurrent bookings of one expert on overlapping dates yield one deployment and one CONFLICT.
   * With `recordedReason`, the booking is recorded after the fact: for a HELD activity only.
   */
  async deploy(
    activityId: string,
    expertId: string,
    role: string,
    idempotencyKey: string | null,
    assertDeployable: () => Promise<void>,
    recordedReason: string | null = null,
  ): Promise<DeploymentRow> {
    return createIdempotently({
      key: idempotencyKey,
      payload: recordedReason === null ? { activityId, expertId, role } : { activityId, expertId, role, recordedReason },
      find: (key) => this.dataSource.getRepository(DeploymentEntity).findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          // The locks come first (locking reads take no snapshot): MySQL's snapshot is taken at the first
          // plain read, which must see what the previous holders committed.
          const [activity] = await findForUpdate(manager, ActivityEntity, { id: activityId });
          await EXPERT_LOCKS.take(manager, expertId);
          // A replay racing the first booking waited on the same lock: it returns that booking, which
          // would otherwise overlap with itself.
          const replay = idempotencyKey ? replayOf(await manager.findOneBy(DeploymentEntity, { idempotencyKey }), payloadHash) : null;
          if (replay) return replay;
          if (!activity) throw notFound('Activity', activityId);
          await assertDeployable();
          if (recordedReason !== null && !isOpenForRecording(activity.status)) {
            throw conflict(`Activity is ${activity.status}; a deployment is recorded after the fact for a ${ACTIVITY_STATUS_OPEN_FOR_RECORDING} activity`, {
              currentStatus: activity.status,
            });
          }
          if (recordedReason === null && !isOpenForDeployment(activity.status)) {
            throw conflict(`Activity is ${activity.status}; experts are deployed to ${ACTIVITY_STATUSES_OPEN_FOR_DEPLOYMENT.join(' or ')} activities`, {
              currentStatus: activity.status,
            });
          }
          await assertExpertFree(manager, expertId, activity, new Date());
          const row: DeploymentRow = {
            id: randomUUID(),
            activityId,
            expertId,
            role,
            status: BOOKING_DEPLOYMENT_STATUS,
            startsOn: activity.startsOn,
            endsOn: activity.endsOn,
            createdAt: new Date(),
            invitationId: null,
            recordedReason,
            idempotencyKey,
            payloadHash,
          };
          await manager.insert(DeploymentEntity, row);
          await publishExpertDeployed(manager, row);
          return row;
        }),
    });
  }

  /**
   * Ends the expert's deployments that `ends` selects (those not begun, when consent is withdrawn),
   * under the expert's lock: a booking in flight commits first and is ended with the others. The
   * expert's invitations still waiting are withdrawn with them. Idempotent: a second call finds nothing left to end.
   */
  async endOfExpert(expertId: string, ends: (deployment: DeploymentRow) => boolean): Promise<DeploymentRow[]> {
    return inTransaction(this.dataSource, async (manager) => {
      await EXPERT_LOCKS.take(manager, expertId);
      await withdrawWaiting(manager, { expertId }, 'EXPERT_LEFT');
      const active = await manager.find(DeploymentEntity, { where: { expertId, status: BOOKING_DEPLOYMENT_STATUS }, order: { startsOn: 'ASC', id: 'ASC' } });
      const ended: DeploymentRow[] = [];
      for (const row of active.map((d) => ({ ...d, startsOn: dateString(d.startsOn), endsOn: dateString(d.endsOn) })).filter(ends)) {
        if (await updateIfStatus(manager, DeploymentEntity, row.id, BOOKING_DEPLOYMENT_STATUS, { status: 'CANCELLED' })) {
          ended.push({ ...row, status: 'CANCELLED' });
          await publishDeploymentEnded(manager, row);
        }
      }
      return ended;
    });
  }

  /** Cancels a deployment, freeing the expert's dates; of concurrent cancellations one applies (compare-and-set). */
  async cancel(id: string): Promise<DeploymentRow> {
    const row = await this.findById(id);
    if (!row) throw notFound('Deployment', id);
    assertDeploymentTransition(row.status as DeploymentStatus, 'CANCELLED');
    return inTransaction(this.dataSource, async (manager) => {
      if (!(await updateIfStatus(manager, DeploymentEntity, id, 'ACTIVE', { status: 'CANCELLED' }))) {
        throw conflict('Deployment is already CANCELLED', { currentStatus: 'CANCELLED', allowed: [] });
      }
      await publishDeploymentCancelled(manager, row, 'CANCELLED');
      return { ...row, status: 'CANCELLED' };
    });
  }
}
