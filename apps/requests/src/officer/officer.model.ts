import { languageOf } from '../request/request.model';
import type { ProjectOfficerRow } from './officer.entity';

/** A project officer as resolvers see them (the e-mail shown to project officers only). */
export type ProjectOfficerModel = Omit<ProjectOfficerRow, 'language'> & { language: 'EN' | 'FR' };

export function toOfficerModel(row: ProjectOfficerRow): ProjectOfficerModel {
  return { id: row.id, displayName: row.displayName, coordinatorOf: row.coordinatorOf, email: row.email, language: languageOf(row.language) };
}
