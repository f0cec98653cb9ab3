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

const InstitutionQuestionnaire = graphql(`
  query InstitutionQuestionnaire($activityId: ID!, $language: Language!) {
    myQuestionnaire(activityId: $activityId, language: $language) {
      ...ShownQuestionnaire
    }
  }
`);

const AnswerAsInstitution = graphql(`
  mutation AnswerAsInstitution($activityId: ID!, $input: QuestionnaireAnswerInput!) {
    answerQuestionnaireAsInstitution(activityId: $activityId, input: $input) {
      state
      answeredAt
      activity {
        id
      }
    }
  }
`);

/**
 * An activity's questionnaire answered by a partner signed in as its institution, from the partner
 * space (no link in hand): the institution answers once, and the questionnaire is then no longer waiting.
 */
export default function PartnerQuestionnaire() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { activityId } = useParams<{ activityId: string }>();
  const session = useSession();
  const isPartner = session?.roles.includes('PARTNER') ?? false;
  usePageTitle(t('questionnaire.title'));
  const [{ data, error, fetching }] = useQuery({
    query: InstitutionQuestionnaire,
    variables: { activityId, language: graphLang(lang) },
    pause: !isPartner,
  });
  const [sent, answer] = useMutation(AnswerAsInstitution);
  const back = (
    <p>
      <Link href="/partner">{t('partnerQuestionnaire.back')}</Link>
    </p>
  );
  if (!isPartner)
    return (
      <>
        <h1>{t('questionnaire.title')}</h1>
        <p>{t('partner.signInFirst')}</p>
        <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
      </>
    );
  if (fetching && !data) return <Loading />;
  const questionnaire = data?.myQuestionnaire;
  if (!questionnaire)
    return (
      <>
        <h1>{t('questionnaire.title')}</h1>
        {error ? <ErrorNote error={error} /> : <p role="alert">{t('partnerQuestionnaire.unknown')}</p>}
        {back}
      </>
    );
  const shown = (children: ReactNode) => (
    <QuestionnairePage activityTitle={questionnaire.activityTitle}>
      {children}
      {back}
    </QuestionnairePage>
  );
  if (sent.data?.answerQuestionnaireAsInstitution.state === 'ANSWERED') return shown(<Thanks />);
  const refused = errorCode(sent.error) === 'CONFLICT' ? (sent.error?.graphQLErrors[0]?.extensions?.state as string | undefined) : undefined;
  const state = refused ?? questionnaire.state;
  if (state !== 'OPEN') return shown(<p role="alert">{t(`partnerQuestionnaire.${state}`)}</p>);
  const deadline = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(questionnaire.expiresAt));
  return shown(
    <QuestionnaireForm
      questions={questionnaire.questions}
      intro={t('partnerQuestionnaire.intro', { deadline })}
      sending={sent.fetching}
      error={sent.error}
      onAnswer={(input) => answer({ activityId, input })}
    />,
  );
}
