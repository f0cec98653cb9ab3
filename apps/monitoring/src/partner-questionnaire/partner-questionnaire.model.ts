import type { InstitutionQuestionnaire } from '@mieux/domain';
import type { CursorOrder } from '@mieux/service-kit';

/** An activity's questionnaire as a partner institution sees it (PartnerQuestionnaire): the domain's reading of its links. */
export type PartnerQuestionnaireModel = InstitutionQuestionnaire;

/** A partner's questionnaires, the latest opened first. */
export const BY_OPENING: CursorOrder<PartnerQuestionnaireModel> = {
  direction: 'DESC',
  sortKind: 'datetime',
  sortValue: (q) => q.openedAt.toISOString(),
  id: (q) => q.activityId,
};
