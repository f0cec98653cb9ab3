import type { DeploymentRow } from './deployment.entity';

export interface DeploymentModel {
  id: string;
  activityId: string;
  expertId: string;
  role: string;
  status: string;
}

export function toDeploymentModel(row: Pick<DeploymentRow, 'id' | 'activityId' | 'expertId' | 'role' | 'status'>): DeploymentModel {
  return { id: row.id, activityId: row.activityId, expertId: row.expertId, role: row.role, status: row.status };
}
