import type { DataSource } from 'typeorm';

/** A deployment of an expert without consent, as the copy sees it. */
export interface BookedWithoutConsent {
  deploymentId: string;
  activityId: string;
  expertId: string;
  startsOn: string;
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
   * The start dates of the activities each expert is deployed on in a window (`from` included, `to`
   * excluded), for rotation: deployments cancelled or ended and cancelled activities left out; experts
   * with none are absent. One statement.
   */
  async deploymentStarts(window: { from: string; to: string }): Promise<Map<string, string[]>> {
    const rows: { expert_id: string; starts_on: string }[] = await this.dataSource.query(
      `SELECT d.expert_id, a.starts_on FROM deployment_copy d
         JOIN activity_copy a ON a.activity_id = d.activity_id
        WHERE d.active = ? AND a.status <> ? AND a.starts_on >= ? AND a.starts_on < ?`,
      [true, 'CANCELLED', window.from, window.to],
    );
    const starts = new Map<string, string[]>();
    for (const r of rows) starts.set(r.expert_id, [...(starts.get(r.expert_id) ?? []), r.starts_on]);
    return starts;
  }
}
