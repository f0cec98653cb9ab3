import { launchTarget, launchedOnTime, phaseOn, type ThematicAreaCode } from '@mieux/domain';
import type { ActionRow } from './action.entity';

export interface CountryStub {
  code: string;
}

/** An Action as resolvers see it. */
export interface ActionModel {
  id: string;
  reference: string;
  title: string;
  status: string;
  requestId: string;
  beneficiaryCode: string;
  region: string | null;
  thematicAreas: ThematicAreaCode[];
  subTopics: string[];
  approvedOn: string;
  assignedOfficerId: string | null;
}

export function toActionModel(row: ActionRow): ActionModel {
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    status: row.status,
    requestId: row.requestId,
    beneficiaryCode: row.beneficiaryCode,
    region: row.region,
    thematicAreas: row.thematicAreas as ThematicAreaCode[],
    subTopics: row.subTopics,
    approvedOn: row.approvedOn,
    assignedOfficerId: row.assignedOfficerId,
  };
}

/** Launch facts of an Action from its approval and its first activity held (DOMAIN.md: fast response). */
export function launchOf(approvedOn: string, launchedOn: string | null, today: string) {
  return {
    launchTarget: launchTarget(approvedOn),
    launchedOn,
    launchedOnTime: launchedOnTime(approvedOn, launchedOn, today),
    phase: phaseOn(approvedOn),
  };
}
