import { choicesOf, linkState, QUESTIONNAIRE, type Language, type LinkRespondent } from '@mieux/domain';
import type { EvaluationLinkRow } from './evaluation-link.entity';

/** The questionnaire a link leads to, in one language: whom it is for, its state and its questions. */
export function questionnaireOf(link: EvaluationLinkRow, language: Language, now: Date) {
  return {
    respondentType: link.respondentType as LinkRespondent,
    activityTitle: link.activityTitle,
    state: linkState(link, now),
    expiresAt: link.expiresAt,
    questions: QUESTIONNAIRE.map((q) => ({ code: q.code, kind: q.kind, required: q.required, label: q.label[language], choices: choicesOf(q.kind, language) })),
  };
}
