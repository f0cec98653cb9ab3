import { BOOKING_DEPLOYMENT_STATUS, periodOf, STATUS_NOT_COUNTED, type PortfolioFilter } from '@mieux/domain';
import type { DataSource } from 'typeorm';
import { dateString } from '../action/action.repository';

export interface SelectedAction {
  id: string;
  beneficiaryCode: string;
  region: string | null;
  approvedOn: string;
  thematicAreas: string[];
}

export interface SelectedActivity {
  id: string;
  actionId: string;
  status: string;
  type: string;
  startsOn: string;
}

/** What a portfolio filter selects in this service: Actions, their activities and deployed experts. */
export interface Selection {
  actions: SelectedAction[];
  /** Activities not cancelled, with their status, type and start. */
  activities: SelectedActivity[];
  /** Active deployments on those activities. */
  deployments: { activityId: string; expertId: string }[];
}

/** The Actions a filter selects: approved in the period (and phase), region, beneficiary, thematic area; not cancelled. */
function actionFilter(filter: PortfolioFilter): { sql: string; params: unknown[] } {
  const clauses = ['a.status <> ?'];
  const params: unknown[] = [STATUS_NOT_COUNTED];
  const period = periodOf(filter);
  if (!period) clauses.push('1 = 0');
  if (period?.from) {
    clauses.push('a.approved_on >= ?');
    params.push(period.from);
  }
  if (period?.to) {
    clauses.push('a.approved_on <= ?');
    params.push(period.to);
  }
  if (filter.region) {
    clauses.push('a.region = ?');
    params.push(filter.region);
  }
  if (filter.countryCode) {
    clauses.push('a.beneficiary_code = ?');
    params.push(filter.countryCode.toUpperCase());
  }
  if (filter.thematicArea) {
    clauses.push('a.id IN (SELECT t.action_id FROM action_thematic_area t WHERE t.code = ?)');
    params.push(filter.thematicArea);
  }
  return { sql: clauses.join(' AND '), params };
}

export class PortfolioRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Three statements whatever the portfolio's size: the Actions, their activities, their deployments. */
  async select(filter: PortfolioFilter): Promise<Selection> {
    const { sql, params } = actionFilter(filter);
    const selected = `SELECT a.id FROM action a WHERE ${sql}`;
    const [actions, activities, deployments] = await Promise.all([
      this.dataSource.query<Record<string, string>[]>(
        `SELECT a.id, a.beneficiary_code, a.region, a.approved_on, a.thematic_areas FROM action a WHERE ${sql}`,
        params,
      ),
      this.dataSource.query<Record<string, string>[]>(
        `SELECT ac.id, ac.action_id, ac.status, ac.type, ac.starts_on FROM activity ac WHERE ac.status <> ? AND ac.action_id IN (${selected})`,
        [STATUS_NOT_COUNTED, ...params],
      ),
      this.dataSource.query<Record<string, string>[]>(
        `SELECT DISTINCT d.activity_id, d.expert_id FROM deployment d JOIN activity ac ON ac.id = d.activity_id
          WHERE d.status = ? AND ac.status <> ? AND ac.action_id IN (${selected})`,
        [BOOKING_DEPLOYMENT_STATUS, STATUS_NOT_COUNTED, ...params],
      ),
    ]);
    return {
      actions: actions.map((r: Record<string, string>) => ({
        id: r.id,
        beneficiaryCode: r.beneficiary_code,
        region: r.region,
        approvedOn: dateString(r.approved_on),
        thematicAreas: JSON.parse(r.thematic_areas) as string[],
      })),
      activities: activities.map((r: Record<string, string>) => ({
        id: r.id,
        actionId: r.action_id,
        status: r.status,
        type: r.type,
        startsOn: dateString(r.starts_on),
      })),
      deployments: deployments.map((r: Record<string, string>) => ({ activityId: r.activity_id, expertId: r.expert_id })),
    };
  }
}
