import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { useSession } from '../config-context';
import { graphql } from '../gql';
import { errorCode } from '../graph';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { QuestionnaireForm, QuestionnairePage, Thanks } from './questionnaire/QuestionnaireForm';

const EvaluationQuestionnaire = graphql(`
  query EvaluationQuestionnaire($token: String!, $language: Language!) {
    evaluationQuestionnaire(token: $token, language: $language) {
      respondentType
      ...ShownQuestionnaire
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
  const shown = (children: ReactNode) => <QuestionnairePage activityTitle={questionnaire.activityTitle}>{children}</QuestionnairePage>;
  if (sent.data?.answerEvaluation.received) return shown(<Thanks />);
  if (questionnaire.state !== 'OPEN') return shown(<p role="alert">{t(`questionnaire.${questionnaire.state}`)}</p>);
  if (questionnaire.respondentType === 'PARTNER_AUTHORITY' && !session?.roles.includes('PARTNER'))
    return shown(
      <>
        <p>{t('questionnaire.partnerFirst')}</p>
        <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
      </>,
    );
  const deadline = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(questionnaire.expiresAt));
  return shown(
    <QuestionnaireForm
      questions={questionnaire.questions}
      intro={t(questionnaire.respondentType === 'PARTICIPANT' ? 'questionnaire.anonymous' : 'questionnaire.asPartner', { deadline })}
      sending={sent.fetching}
      error={sent.error}
      onAnswer={(input) => answer({ token, input })}
    />,
  );
}
