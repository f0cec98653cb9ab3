import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { QuestionnaireAnswerInput } from '../../gql/graphql';
import { fieldProblems } from '../../graph';
import { ErrorNote } from '../../ui/Status';

/** A questionnaire as its page shows it: the activity, where it stands, until when, and its questions in the language asked. */
export const QuestionnaireFields = graphql(`
  fragment ShownQuestionnaire on Questionnaire {
    activityTitle
    state
    expiresAt
    questions {
      code
      kind
      required
      label
      choices {
        code
        label
      }
    }
  }
`);

/** A questionnaire's page: its title, the activity it is about, then what is said or asked (`children`). */
export function QuestionnairePage({ activityTitle, children }: { activityTitle: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('questionnaire.title')}</h1>
      <p className="lead">{t('questionnaire.lead', { title: activityTitle })}</p>
      {children}
    </>
  );
}

/** What a questionnaire's page says once the answer is recorded. */
export function Thanks() {
  const { t } = useTranslation();
  return (
    <p role="status" className="ok">
      {t('questionnaire.thanks')}
    </p>
  );
}

/** A question as the graph asks it, in the page's language. */
export interface AskedQuestion {
  code: string;
  required: boolean;
  label: string;
  choices: { code: string; label: string }[];
}

/** The answer's field for each question's code (OVERALL is answered as the rating). */
const FIELDS: Record<string, 'rating' | 'relevance' | 'usefulness' | 'comment'> = {
  OVERALL: 'rating',
  RELEVANCE: 'relevance',
  USEFULNESS: 'usefulness',
  COMMENT: 'comment',
};

/**
 * The questionnaire's questions as a form: a required question left out is said next to it before
 * anything is sent, and the graph's BAD_USER_INPUT problems next to the questions they name.
 */
export function QuestionnaireForm(props: {
  questions: readonly AskedQuestion[];
  intro: ReactNode;
  sending: boolean;
  error: CombinedError | undefined;
  onAnswer: (input: QuestionnaireAnswerInput) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { questions, sending, error } = props;
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const problems = Object.fromEntries(fieldProblems(error).map((p) => [p.field.replace(/^input\./, ''), p.message]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const absent = questions.filter((q) => q.required && !values[q.code]).map((q) => q.code);
    setMissing(absent);
    if (absent.length) return;
    const input = Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => v)
        .map(([code, v]) => [FIELDS[code] ?? code.toLowerCase(), v]),
    );
    await props.onAnswer(input as unknown as QuestionnaireAnswerInput);
  };
  return (
    <>
      <p>{props.intro}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('questionnaire.title')}>
        {questions.map((q) => {
          const problem = missing.includes(q.code) ? t('form.required') : problems[FIELDS[q.code] ?? ''];
          const id = `question-${q.code}`;
          return q.choices.length > 0 ? (
            <fieldset key={q.code} className={`field${problem ? ' has-error' : ''}`} aria-describedby={problem ? `${id}-error` : undefined}>
              <legend>
                {q.label}
                {q.required && <span aria-hidden="true"> *</span>}
              </legend>
              <div className="choices">
                {q.choices.map((c) => (
                  <label key={c.code}>
                    <input
                      type="radio"
                      name={q.code}
                      value={c.code}
                      checked={values[q.code] === c.code}
                      onChange={() => setValues({ ...values, [q.code]: c.code })}
                    />{' '}
                    {c.label}
                  </label>
                ))}
              </div>
              {problem && (
                <p className="field-error" id={`${id}-error`}>
                  {problem}
                </p>
              )}
            </fieldset>
          ) : (
            <div key={q.code} className={`field${problem ? ' has-error' : ''}`}>
              <label htmlFor={id}>{q.label}</label>
              <textarea id={id} rows={4} maxLength={2000} value={values[q.code] ?? ''} onChange={(e) => setValues({ ...values, [q.code]: e.target.value })} />
              {problem && <p className="field-error">{problem}</p>}
            </div>
          );
        })}
        {error && fieldProblems(error).length === 0 && <ErrorNote error={error} />}
        <button type="submit" disabled={sending}>
          {sending ? t('form.sending') : t('questionnaire.send')}
        </button>
      </form>
    </>
  );
}
