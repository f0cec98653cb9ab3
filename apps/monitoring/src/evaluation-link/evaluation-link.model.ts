import { choicesOf, QUESTIONNAIRE, type Language, type LinkRespondent, type LinkState } from '@mieux/domain';
import { callerId, type Identity } from '@mieux/service-kit';
import type { NewEvaluation } from '../evaluation/evaluation.repository';
import type { EvaluationLinkRow } from './evaluation-link.entity';

/** What a questionnaire is about: whom it is for, the activity, where it stands and until when. */
export interface QuestionnaireAbout {
  respondentType: LinkRespondent;
  activityTitle: string;
  state: LinkState;
  expiresAt: Date;
}

/** A questionnaire in one language: whom it is for, its state and its questions. */
export function questionnaireOf(about: QuestionnaireAbout, language: Language) {
  const { respondentType, activityTitle, state, expiresAt } = about;
  return {
    respondentType,
    activityTitle,
    state,
    expiresAt,
    questions: QUESTIONNAIRE.map((q) => ({ code: q.code, kind: q.kind, required: q.required, label: q.label[language], choices: choicesOf(q.kind, language) })),
  };
}

/**
 * The evaluation an answer through a link records: a participant's keeps no identity; a partner
 * authority answers signed in, as its institution, and the caller's opaque id is kept.
 */
export function evaluationOf(
  link: EvaluationLinkRow,
  answer: Omit<NewEvaluation, 'activityId' | 'actionId' | 'respondentType' | 'submittedBy'>,
  identity: Identity,
): NewEvaluation {
  const { activityId, actionId, respondentType } = link;
  return { activityId, actionId, respondentType, ...answer, submittedBy: respondentType === 'PARTICIPANT' ? null : callerId(identity) };
}
