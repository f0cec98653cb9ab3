import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { useSession } from '../config-context';
import { graphql } from '../gql';
import type { QuestionnaireAnswerInput } from '../gql/graphql';
import { errorCode, fieldProblems } from '../graph';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';

const EvaluationQuestionnaire = graphql(`
  query EvaluationQuestionnaire($token: String!, $language: Language!) {
    evaluationQuestionnaire(token: $token, language: $language) {
      respondentType
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
  }
`);

const AnswerQuestionnaire = graphql(`
  mutation AnswerQuestionnaire($token: String!, $input: QuestionnaireAnswerInput!) {
    answerEvaluation(token: $token, input: $input) {
      received
      respondentType
    }
  }
`);

/** The answer's field for each question's code (OVERALL is answered as the rating). */
const FIELDS: Record<string, 'rating' | 'relevance' | 'usefulness' | 'comment'> = {
  OVERALL: 'rating',
  RELEVANCE: 'relevance',
  USEFULNESS: 'usefulness',
  COMMENT: 'comment',
};

/**
 * The questionnaire an evaluation link leads to: a participant answers without an account and without
 * being known, a partner authority signed in as its institution; a link takes one answer.
 */
export default function Questionnaire() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { token } = useParams<{ token: string }>();
  const session = useSession();
  usePageTitle(t('questionnaire.title'));
  const [{ data, error, fetching }] = useQuery({ query: EvaluationQuestionnaire, variables: { token, language: graphLang(lang) } });
  const [sent, answer] = useMutation(AnswerQuestionnaire);
  const [values, setValues] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  if (fetching && !data) return <Loading />;
  if (errorCode(error) === 'NOT_FOUND')
    return (
      <>
        <h1>{t('questionnaire.title')}</h1>
        <p role="alert">{t('questionnaire.unknown')}</p>
      </>
    );
  const questionnaire = data?.evaluationQuestionnaire;
  if (!questionnaire) return <ErrorNote error={error} />;
  const heading = (
    <>
      <h1>{t('questionnaire.title')}</h1>
      <p className="lead">{t('questionnaire.lead', { title: questionnaire.activityTitle })}</p>
    </>
  );
  if (sent.data?.answerEvaluation.received)
    return (
      <>
        {heading}
        <p role="status" className="ok">
          {t('questionnaire.thanks')}
        </p>
      </>
    );
  if (questionnaire.state !== 'OPEN')
    return (
      <>
        {heading}
        <p role="alert">{t(`questionnaire.${questionnaire.state}`)}</p>
      </>
    );
  if (questionnaire.respondentType === 'PARTNER_AUTHORITY' && !session?.roles.includes('PARTNER'))
    return (
      <>
        {heading}
        <p>{t('questionnaire.partnerFirst')}</p>
        <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
      </>
    );
  const problems = Object.fromEntries(fieldProblems(sent.error).map((p) => [p.field.replace(/^input\./, ''), p.message]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const absent = questionnaire.questions.filter((q) => q.required && !values[q.code]).map((q) => q.code);
    setMissing(absent);
    if (absent.length) return;
    const input = Object.fromEntries(
      Object.entries(values)
        .filter(([, v]) => v)
        .map(([code, v]) => [FIELDS[code] ?? code.toLowerCase(), v]),
    );
    await answer({ token, input: input as unknown as QuestionnaireAnswerInput });
  };
  const deadline = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(questionnaire.expiresAt));
  return (
    <>
      {heading}
      <p>{t(questionnaire.respondentType === 'PARTICIPANT' ? 'questionnaire.anonymous' : 'questionnaire.asPartner', { deadline })}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('questionnaire.title')}>
        {questionnaire.questions.map((q) => {
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
        {sent.error && fieldProblems(sent.error).length === 0 && <ErrorNote error={sent.error} />}
        <button type="submit" disabled={sent.fetching}>
          {sent.fetching ? t('form.sending') : t('questionnaire.send')}
        </button>
      </form>
    </>
  );
}
