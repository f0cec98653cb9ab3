import type { DataSource } from 'typeorm';

/** A deployment of an expert without consent, as the copy sees it. */
export interface BookedWithoutConsent {
  deploymentId: string;
  activityId: string;
  expertId: string;
  startsOn: string;
}

/** An activity's start and status, as matching counts its deployments for rotation. */
export interface ActivityFacts {
  activityId: string;
  startsOn: string;
  status: string;
}

/** A deployment kept, with its activity's facts when the activity is known. */
export interface DeploymentFacts {
  deploymentId: string;
  activityId: string;
  expertId: string;
  active: boolean;
  activity: ActivityFacts | null;
}

/** The roster's copy of the activities and deployments (the actions service's events). */
export class ActivityCopyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Active deployments of experts whose consent is withdrawn (or who are erased), with their activity's start: one statement. */
  async bookedWithoutConsent(): Promise<BookedWithoutConsent[]> {
    const rows: { deployment_id: string; activity_id: string; expert_id: string; starts_on: string }[] = await this.dataSource.query(
      `SELECT d.deployment_id, d.activity_id, d.expert_id, a.starts_on FROM deployment_copy d
         JOIN activity_copy a ON a.activity_id = d.activity_id
         JOIN expert e ON e.id = d.expert_id
        WHERE d.active = ? AND e.consent_withdrawn_at IS NOT NULL
        ORDER BY a.starts_on, d.deployment_id`,
      [true],
    );
    return rows.map((r) => ({ deploymentId: r.deployment_id, activityId: r.activity_id, expertId: r.expert_id, startsOn: r.starts_on }));
  }

  /**
   * The start dates of the activities each expert (or each of `expertIds`) is deployed on in a window
   * (`from` included, `to` excluded), for rotation, in date order: deployments cancelled or ended and
   * cancelled activities left out; experts with none are absent. One statement.
   */
  async deploymentStarts(window: { from: string; to: string }, expertIds?: readonly string[]): Promise<Map<string, string[]>> {
    const starts = new Map<string, string[]>();
    if (expertIds?.length === 0) return starts;
    const rows: { expert_id: string; starts_on: string }[] = await this.dataSource.query(
      `SELECT d.expert_id, a.starts_on FROM deployment_copy d
         JOIN activity_copy a ON a.activity_id = d.activity_id
        WHERE d.active = ? AND a.status <> ? AND a.starts_on >= ? AND a.starts_on < ?${expertIds ? ` AND d.expert_id IN (${expertIds.map(() => '?').join(', ')})` : ''}`,
      [true, 'CANCELLED', window.from, window.to, ...(expertIds ?? [])],
    );
    // In date order: the same starts in the same order whoever reads them (the matching index too).
    for (const r of rows.sort((a, b) => (a.starts_on < b.starts_on ? -1 : a.starts_on > b.starts_on ? 1 : 0)))
      starts.set(r.expert_id, [...(starts.get(r.expert_id) ?? []), r.starts_on]);
    return starts;
  }

  /** Every activity's start and status, as the events told them: one statement. */
  async activities(): Promise<ActivityFacts[]> {
    const rows: { activity_id: string; starts_on: string; status: string }[] = await this.dataSource.query(
      'SELECT activity_id, starts_on, status FROM activity_copy',
    );
    return rows.map((r) => ({ activityId: r.activity_id, startsOn: r.starts_on, status: r.status }));
  }

  /**
   * The deployments kept, all of them or those of some experts, each with its activity's start and
   * status when the activity is known (null otherwise): one statement.
   */
  async deployments(expertIds?: readonly string[]): Promise<DeploymentFacts[]> {
    if (expertIds?.length === 0) return [];
    const rows: { deployment_id: string; activity_id: string; expert_id: string; active: unknown; starts_on: string | null; status: string | null }[] =
      await this.dataSource.query(
        `SELECT d.deployment_id, d.activity_id, d.expert_id, d.active, a.starts_on, a.status FROM deployment_copy d
           LEFT JOIN activity_copy a ON a.activity_id = d.activity_id${expertIds ? ` WHERE d.expert_id IN (${expertIds.map(() => '?').join(', ')})` : ''}`,
        expertIds ? [...expertIds] : [],
      );
    return rows.map((r) => ({
      deploymentId: r.deployment_id,
      activityId: r.activity_id,
      expertId: r.expert_id,
      active: Boolean(Number(r.active)),
      activity: r.starts_on === null || r.status === null ? null : { activityId: r.activity_id, startsOn: r.starts_on, status: r.status },
    }));
  }
}
