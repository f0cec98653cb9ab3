import type { ProjectOfficerRow } from './officer.entity';

/** A project officer as resolvers see them. */
export type ProjectOfficerModel = ProjectOfficerRow;

export function toOfficerModel(row: ProjectOfficerRow): ProjectOfficerModel {
  return { id: row.id, displayName: row.displayName, coordinatorOf: row.coordinatorOf };
}
