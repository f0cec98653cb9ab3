import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../gql';
import type { MyQuestionnairesQuery } from '../../gql/graphql';
import type { Lang } from '../../i18n';
import { formatDate } from '../../ui/dates';
import { ErrorNote, Loading } from '../../ui/Status';

const MyQuestionnaires = graphql(`
  query MyQuestionnaires {
    myQuestionnaires(first: 50) {
      totalCount
      edges {
        node {
          state
          closesAt
          answeredAt
          activity {
            id
            title
            startsOn
            endsOn
          }
          action {
            id
            reference
            title
          }
        }
      }
    }
  }
`);

type Questionnaire = NonNullable<MyQuestionnairesQuery['myQuestionnaires']>['edges'][number]['node'];

/**
 * The evaluation questionnaires meant for the partner's institution (its partner authority's): those
 * waiting for its answer, each with the way to answer, then those it answered.
 */
export default function QuestionnaireList() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyQuestionnaires });
  const all = data?.myQuestionnaires?.edges.map((e) => e.node) ?? [];
  const waiting = all.filter((q) => q.state === 'OPEN');
  const answered = all.filter((q) => q.state === 'ANSWERED');
  const day = (value: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(value));
  return (
    <section aria-labelledby="questionnaires-title" className="questionnaires">
      <h2 id="questionnaires-title">{t('partnerQuestionnaire.section')}</h2>
      <p>{t('partnerQuestionnaire.sectionLead')}</p>
      {fetching && !data && <Loading />}
      {error && <ErrorNote error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {data && waiting.length === 0 && <p>{t('partnerQuestionnaire.none')}</p>}
      {waiting.length > 0 && (
        <ul aria-label={t('partnerQuestionnaire.waiting')}>
          {waiting.map((q) => (
            <li key={q.activity.id}>
              <About questionnaire={q} />
              <br />
              {t('partnerQuestionnaire.closes', { date: day(q.closesAt) })}{' '}
              <Link className="button" href={`/partner/questionnaires/${q.activity.id}`}>
                {t('partnerQuestionnaire.answer')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {answered.length > 0 && (
        <ul aria-label={t('partnerQuestionnaire.answeredList')}>
          {answered.map((q) => (
            <li key={q.activity.id}>
              <About questionnaire={q} /> {q.answeredAt ? t('partnerQuestionnaire.answeredOn', { date: day(q.answeredAt) }) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The activity a questionnaire is about: its title, dates and Action. */
function About({ questionnaire: q }: { questionnaire: Questionnaire }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <>
      <strong>{q.activity.title}</strong>, {t('partner.dates', { from: formatDate(q.activity.startsOn, lang), to: formatDate(q.activity.endsOn, lang) })} (
      {t('partnerQuestionnaire.ofAction', { reference: q.action.reference, title: q.action.title })})
    </>
  );
}
