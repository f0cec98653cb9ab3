import { randomUUID } from 'node:crypto';
import {
  ACTIVITY_STATUSES_OPEN_FOR_DEPLOYMENT,
  BOOKING_DEPLOYMENT_STATUS,
  PENDING_INVITATION_STATUS,
  answerMove,
  invitationStatusAt,
  isOpenForDeployment,
  type InvitationStatus,
  type InvitationWithdrawalReason,
} from '@mieux/domain';
import { conflict, createIdempotently, findForUpdate, inTransaction, notFound, replayOf } from '@mieux/service-kit';
import { In, LessThanOrEqual, MoreThan, MoreThanOrEqual, Not, type DataSource, type EntityManager } from 'typeorm';
import { dateString } from '../action/action.repository';
import { ActivityEntity, type ActivityRow } from '../activity/activity.entity';
import { DeploymentEntity, EXPERT_LOCKS, type DeploymentRow } from '../deployment/deployment.entity';
import { publishExpertDeployed } from '../deployment/deployment.events';
import { InvitationEntity, type InvitationRow } from './invitation.entity';
import {
  publishExpertInvited,
  publishInvitationAccepted,
  publishInvitationDeclined,
  publishInvitationExpired,
  publishInvitationWithdrawn,
} from './invitation.events';

/** What an officer asks: the expert, the role and the terms of reference; the dates are the activity's. */
export interface InvitationRequest {
  activityId: string;
  expertId: string;
  role: string;
  termsOfReference: string;
  invitedBy: string | null;
}

/**
 * What the invitation needs to know once the activity and the expert are locked: the expert's
 * standing and availability (asked of the experts service), and from them when it expires and the
 * override's reason, if the dates are outside the availability. Throws to refuse.
 */
export type InvitationTerms = (activity: ActivityRow, now: Date) => Promise<{ expiresAt: Date; overrideReason: string | null }>;

/** An answer or a withdrawal as it ended: the invitation, or the expiry found instead (written EXPIRED). */
export interface Settled {
  invitation: InvitationRow;
  expired: boolean;
}

/** `expires_at` as the database gives it back, a Date either way. */
const expiryOf = (row: InvitationRow) => (row.expiresAt instanceof Date ? row.expiresAt : new Date(row.expiresAt));

export class InvitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<InvitationRow | null> {
    return this.dataSource.getRepository(InvitationEntity).findOneBy({ id });
  }

  byActivityIds(ids: readonly string[]): Promise<InvitationRow[]> {
    return this.dataSource.getRepository(InvitationEntity).find({ where: { activityId: In([...ids]) }, order: { invitedAt: 'DESC', id: 'ASC' } });
  }

  byExpertIds(ids: readonly string[]): Promise<InvitationRow[]> {
    return this.dataSource.getRepository(InvitationEntity).find({ where: { expertId: In([...ids]) }, order: { invitedAt: 'DESC', id: 'ASC' } });
  }

  /**
   * Invites an expert, holding their dates. The activity's row lock and then the expert's lock are
   * taken first (the order of every booking), then the activity's status, the expert's terms and
   * their dates are checked under them: of two invitations racing for one expert's dates, one is
   * made and the other is a CONFLICT naming it.
   */
  invite(request: InvitationRequest, idempotencyKey: string | null, terms: InvitationTerms): Promise<InvitationRow> {
    const { activityId, expertId, role, termsOfReference } = request;
    return createIdempotently({
      key: idempotencyKey,
      payload: { activityId, expertId, role, termsOfReference },
      find: (key) => this.dataSource.getRepository(InvitationEntity).findOneBy({ idempotencyKey: key }),
      create: (payloadHash) =>
        inTransaction(this.dataSource, async (manager) => {
          const [activity] = await findForUpdate(manager, ActivityEntity, { id: activityId });
          await EXPERT_LOCKS.take(manager, expertId);
          const replay = idempotencyKey ? replayOf(await manager.findOneBy(InvitationEntity, { idempotencyKey }), payloadHash) : null;
          if (replay) return replay;
          if (!activity) throw notFound('Activity', activityId);
          assertOpen(activity);
          const now = new Date();
          const { expiresAt, overrideReason } = await terms(activity, now);
          const dates = { startsOn: activity.startsOn, endsOn: activity.endsOn };
          await assertExpertFree(manager, expertId, dates, now);
          const row: InvitationRow = {
            id: randomUUID(),
            ...request,
            status: PENDING_INVITATION_STATUS,
            ...dates,
            invitedAt: now,
            expiresAt,
            overrideReason,
            answeredAt: null,
            answerReason: null,
            deploymentId: null,
            idempotencyKey,
            payloadHash,
          };
          await manager.insert(InvitationEntity, row);
          await publishExpertInvited(manager, row);
          return row;
        }),
    });
  }

  /**
   * The expert's answer to their own invitation (NOT_FOUND for anyone else's). Found past its expiry,
   * the invitation is written EXPIRED (with its event) and `expired` tells the caller to refuse the
   * answer. An acceptance makes the deployment under the activity's and the expert's locks, after
   * `assertDeployable`, on dates free of any other booking. Every move is a compare-and-set on the
   * invitation's status and expiry: of concurrent answers and withdrawals, one applies.
   */
  async answer(id: string, expertId: string, accept: boolean, reason: string | null, assertDeployable: () => Promise<void>): Promise<Settled> {
    const found = await this.findById(id);
    if (!found || found.expertId !== expertId) throw notFound('Invitation', id);
    return inTransaction(this.dataSource, async (manager) => {
      const now = new Date();
      if (!accept) return settle(manager, found, 'DECLINED', now, { answerReason: reason });
      const [activity] = await findForUpdate(manager, ActivityEntity, { id: found.activityId });
      await EXPERT_LOCKS.take(manager, found.expertId);
      const settled = await settle(manager, found, 'ACCEPTED', now, {});
      if (settled.expired) return settled;
      await assertDeployable();
      assertOpen(activity);
      const dates = { startsOn: activity.startsOn, endsOn: activity.endsOn };
      await assertExpertFree(manager, found.expertId, dates, now, activity.id);
      const deployment: DeploymentRow = {
        id: randomUUID(),
        activityId: activity.id,
        expertId: found.expertId,
        role: found.role,
        status: BOOKING_DEPLOYMENT_STATUS,
        ...dates,
        createdAt: now,
        invitationId: found.id,
        recordedReason: null,
        idempotencyKey: null,
        payloadHash: null,
      };
      await manager.insert(DeploymentEntity, deployment);
      await manager.update(InvitationEntity, { id }, { deploymentId: deployment.id });
      await publishExpertDeployed(manager, deployment);
      await publishInvitationAccepted(manager, settled.invitation, deployment.id);
      return { invitation: { ...settled.invitation, deploymentId: deployment.id }, expired: false };
    });
  }

  /** The officer withdraws a waiting invitation, freeing the expert's dates. */
  async withdraw(id: string, reason: string | null): Promise<Settled> {
    const found = await this.findById(id);
    if (!found) throw notFound('Invitation', id);
    return inTransaction(this.dataSource, (manager) => settle(manager, found, 'WITHDRAWN', new Date(), { answerReason: reason }));
  }

  /**
   * Writes EXPIRED for the waiting invitations past their expiry, with their events: a sweep that keeps
   * the events timely. Correctness never waits for it (reads and answers judge the expiry themselves).
   */
  async expireDue(now: Date, limit = 500): Promise<InvitationRow[]> {
    const due = await this.dataSource
      .getRepository(InvitationEntity)
      .find({ where: { status: PENDING_INVITATION_STATUS, expiresAt: LessThanOrEqual(now) }, order: { expiresAt: 'ASC', id: 'ASC' }, take: limit });
    const expired: InvitationRow[] = [];
    for (const row of due) {
      const applied = await inTransaction(this.dataSource, async (manager) => {
        if (!(await casInvitation(manager, row.id, 'EXPIRED', now, {}))) return false;
        await publishInvitationExpired(manager, row);
        return true;
      });
      if (applied) expired.push({ ...row, status: 'EXPIRED' });
    }
    return expired;
  }
}

/**
 * Withdraws the waiting invitations of an activity (cancelled) or of an expert (leaving the roster)
 * in the caller's transaction, each with its event.
 */
export async function withdrawWaiting(
  manager: EntityManager,
  where: { activityId: string } | { expertId: string },
  reason: InvitationWithdrawalReason,
): Promise<InvitationRow[]> {
  const now = new Date();
  const waiting = await manager.findBy(InvitationEntity, { ...where, status: PENDING_INVITATION_STATUS });
  const withdrawn: InvitationRow[] = [];
  for (const row of waiting) {
    if (await casInvitation(manager, row.id, 'WITHDRAWN', now, { answeredAt: now })) {
      withdrawn.push({ ...row, status: 'WITHDRAWN' });
      await publishInvitationWithdrawn(manager, row, reason);
    }
  }
  return withdrawn;
}

/**
 * One move of a waiting invitation, compare-and-set on its status and on its expiry still ahead. When
 * it finds the invitation lapsed it writes EXPIRED instead (once, with its event) and says so; when it
 * finds it moved already, the lifecycle's CONFLICT names where it is.
 */
async function settle(manager: EntityManager, found: InvitationRow, to: InvitationStatus, now: Date, changes: Partial<InvitationRow>): Promise<Settled> {
  if (await casInvitation(manager, found.id, to, now, { ...changes, answeredAt: now })) {
    const invitation = { ...found, ...changes, status: to, answeredAt: now };
    if (to === 'DECLINED') await publishInvitationDeclined(manager, invitation);
    if (to === 'WITHDRAWN') await publishInvitationWithdrawn(manager, invitation, 'WITHDRAWN');
    return { invitation, expired: false };
  }
  // It moved or lapsed meanwhile: read it as it now stands, under its lock.
  const [current] = await findForUpdate(manager, InvitationEntity, { id: found.id });
  const status = invitationStatusAt({ status: current.status, expiresAt: expiryOf(current) }, now);
  if (status === 'EXPIRED') {
    if (await casInvitation(manager, found.id, 'EXPIRED', now, {})) await publishInvitationExpired(manager, current);
    return { invitation: { ...current, status: 'EXPIRED' }, expired: true };
  }
  if (to === 'WITHDRAWN') throw conflict(`Invitation is ${status}; only a waiting invitation is withdrawn`, { currentStatus: status, allowed: [] });
  answerMove(status, to === 'ACCEPTED');
  // Stryker disable next-line StringLiteral: unreached: a waiting invitation not yet due always takes the compare-and-set
  throw conflict(`Invitation ${found.id} changed while this answer was made; try again`);
}

/**
 * The compare-and-set of every move: applies only to a waiting invitation whose expiry is still after
 * `now` (an answer, a withdrawal), or, for an expiry, one that is due at `now`.
 */
async function casInvitation(manager: EntityManager, id: string, to: InvitationStatus, now: Date, changes: Partial<InvitationRow>): Promise<boolean> {
  const result = await manager
    .createQueryBuilder()
    .update(InvitationEntity)
    .set({ ...changes, status: to })
    .where(`id = :id AND status = :pending AND expires_at ${to === 'EXPIRED' ? '<=' : '>'} :now`, { id, pending: PENDING_INVITATION_STATUS, now })
    .execute();
  return result.affected === 1;
}

/**
 * Refuses (CONFLICT) when the expert's dates overlapping `dates` are taken: by an active deployment, or
 * by an invitation still waiting for its answer at `now` (it holds the dates until it expires). Other
 * than on `exceptActivityId`: an activity moving its own experts, an invitation becoming its deployment.
 * Call it holding the expert's lock; both reads lock what they find, so they see what was committed last.
 */
export async function assertExpertFree(
  manager: EntityManager,
  expertId: string,
  dates: { startsOn: string; endsOn: string },
  now: Date,
  exceptActivityId?: string,
): Promise<void> {
  const deployed = await overlappingDeployment(manager, expertId, dates, exceptActivityId);
  if (deployed) throw alreadyDeployed(expertId, deployed);
  const [invited] = await findForUpdate(manager, InvitationEntity, {
    expertId,
    status: PENDING_INVITATION_STATUS,
    startsOn: LessThanOrEqual(dates.endsOn),
    endsOn: MoreThanOrEqual(dates.startsOn),
    expiresAt: MoreThan(now),
    ...(exceptActivityId ? { activityId: Not(exceptActivityId) } : {}),
  });
  if (invited) {
    throw conflict(
      `Expert ${expertId} is invited from ${dateString(invited.startsOn)} to ${dateString(invited.endsOn)}, holding those dates until ${invited.expiresAt.toISOString()}`,
      { expertId, invitationId: invited.id, reason: 'DATES_HELD_BY_INVITATION' },
    );
  }
}

/**
 * The expert's active deployment on dates overlapping `dates` (other than on `exceptActivityId`), read
 * with a lock: it sees what was committed last, whatever the transaction read before. Call it holding
 * the expert's lock.
 */
export async function overlappingDeployment(
  manager: EntityManager,
  expertId: string,
  dates: { startsOn: string; endsOn: string },
  exceptActivityId?: string,
): Promise<DeploymentRow | null> {
  const [overlapping] = await findForUpdate(manager, DeploymentEntity, {
    expertId,
    status: BOOKING_DEPLOYMENT_STATUS,
    startsOn: LessThanOrEqual(dates.endsOn),
    endsOn: MoreThanOrEqual(dates.startsOn),
    ...(exceptActivityId ? { activityId: Not(exceptActivityId) } : {}),
  });
  return overlapping ?? null;
}

/** The CONFLICT of an expert already deployed on overlapping dates, naming the deployment. */
export function alreadyDeployed(expertId: string, overlapping: DeploymentRow) {
  return conflict(`Expert ${expertId} is already deployed from ${dateString(overlapping.startsOn)} to ${dateString(overlapping.endsOn)}`, {
    expertId,
    deploymentId: overlapping.id,
  });
}

function assertOpen(activity: ActivityRow): void {
  if (!isOpenForDeployment(activity.status)) {
    throw conflict(`Activity is ${activity.status}; experts are invited to ${ACTIVITY_STATUSES_OPEN_FOR_DEPLOYMENT.join(' or ')} activities`, {
      currentStatus: activity.status,
    });
  }
}
