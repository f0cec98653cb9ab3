import { EntitySchema } from 'typeorm';

/**
 * A project officer as histories name them: the opaque id of their changes (`callerId` of their
 * sign-in), a display name, and the region they coordinate, if any (one coordinator a region).
 */
export interface ProjectOfficerRow {
  id: string;
  displayName: string;
  coordinatorOf: string | null;
  /** Where the notifier writes to them; null when none is recorded. */
  email: string | null;
  /** EN or FR. */
  language: string;
}

export const ProjectOfficerEntity = new EntitySchema<ProjectOfficerRow>({
  name: 'ProjectOfficer',
  tableName: 'project_officer',
  columns: {
    id: { type: 'varchar', length: 32, primary: true },
    displayName: { name: 'display_name', type: 'varchar', length: 200 },
    coordinatorOf: { name: 'coordinator_of', type: 'varchar', length: 40, nullable: true, unique: true },
    email: { type: 'varchar', length: 254, nullable: true },
    language: { type: 'varchar', length: 2, default: 'EN' },
  },
});
