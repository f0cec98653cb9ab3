import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../config-context';
import { graphql } from '../gql';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { TableScroll } from '../ui/TableScroll';
import PartnerActions from './PartnerActions';
import QuestionnaireList from './partner/QuestionnaireList';
import { formatDate } from '../ui/dates';

const MyRequests = graphql(`
  query MyRequests($lang: Language!, $after: String) {
    requests(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          title
          status
          expressionOfInterestOn
          country {
            name(lang: $lang)
          }
        }
      }
    }
  }
`);

/**
 * A partner's requests (those it submitted signed in and those a project officer linked to its
 * institution, the `org` claim), the evaluation questionnaires waiting for its institution, and its
 * institution's Actions.
 */
export default function PartnerSpace() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('partner.title'));
  const session = useSession();
  const isPartner = session?.roles.includes('PARTNER') ?? false;
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyRequests, variables: { lang: graphLang(lang) }, pause: !isPartner });
  if (!isPartner) {
    return (
      <>
        <h1>{t('partner.title')}</h1>
        <p>{t('partner.signInFirst')}</p>
        <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
      </>
    );
  }
  if (fetching && !data) return <Loading />;
  const requests = data?.requests;
  const date = (value: string) => formatDate(value, lang);
  return (
    <>
      <h1>{t('partner.title')}</h1>
      <p className="lead">{t('partner.lead', { sub: session?.sub })}</p>
      {error && <ErrorNote error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />}
      {requests && requests.totalCount === 0 && <p>{t('partner.none')}</p>}
      {requests && requests.totalCount > 0 && (
        // At 360 px the table scrolls on its own rather than the page.
        <TableScroll label={t('partner.count', { count: requests.totalCount })}>
          <table>
            <caption>{t('partner.count', { count: requests.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('submitted.reference')}</th>
                <th scope="col">{t('request.requestTitle')}</th>
                <th scope="col">{t('request.country')}</th>
                <th scope="col">{t('track.received')}</th>
                <th scope="col">{t('partner.status')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.reference}</td>
                  <td>{node.title}</td>
                  <td>{node.country.name}</td>
                  <td>{date(node.expressionOfInterestOn)}</td>
                  <td>{t(`requestStatus.${node.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <QuestionnaireList />
      <PartnerActions />
    </>
  );
}
