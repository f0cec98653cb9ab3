import type { DataSource } from 'typeorm';
import type { ExpertCardRow } from './expert.entity';

/** A kept card as `Deployment.expert` reads it: the columns of the card, without its bookkeeping. */
export type ExpertCard = Omit<ExpertCardRow, 'changedAt'>;

/** The experts' cards this service keeps (its copy of the roster's events). */
export class ExpertCardRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The cards kept of N experts, one statement: plain rows of the card's columns (a page of Actions reads hundreds). */
  async cardsOf(ids: readonly string[]): Promise<ExpertCard[]> {
    if (ids.length === 0) return [];
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT expert_id, display_name, status, employer_type, public_official, nationality, member_state FROM expert_card
        WHERE expert_id IN (${ids.map(() => '?').join(', ')})`,
      [...ids],
    );
    return rows.map((r) => ({
      expertId: String(r.expert_id),
      displayName: String(r.display_name),
      status: String(r.status),
      employerType: String(r.employer_type),
      publicOfficial: Boolean(r.public_official),
      nationality: String(r.nationality),
      memberState: (r.member_state as string | null) ?? null,
    }));
  }
}
