import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OfficerRequestsQuery } from '../../gql/graphql';
import { graphLang, type Lang } from '../../i18n';
import { daysBetween, formatDate } from '../../ui/dates';
import { ListRow, ListSection, usePagedQuery } from './ListSection';
import { OfficerRequests } from './my-work-queries';

type Row = NonNullable<OfficerRequestsQuery['myRequests']>['edges'][number]['node'];

/** What the officer does next with a request, by its status; an approved request's Action once it has one. */
function NextStep({ request, lang }: { request: Row; lang: Lang }) {
  const { t } = useTranslation();
  if (request.status === 'APPROVED' && request.action)
    return (
      <>
        {t('mine.followAction')} <Link href={`~/${lang}/actions/${request.action.id}`}>{request.action.reference}</Link>
      </>
    );
  return <>{t(`mine.nextStep.${request.status}`)}</>;
}

/** The requests assigned to the signed-in officer, the latest expression of interest first, a page at a time. */
export function MyRequests({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const columns = [{ label: t('mine.age'), number: true }, { label: t('mine.next') }];
  const { data, paging } = usePagedQuery(OfficerRequests, { lang: graphLang(lang) });
  return (
    <ListSection id="my-requests" title={t('mine.requests')} empty={t('mine.noRequests')} page={data?.myRequests} {...paging} columns={columns}>
      {data?.myRequests?.edges.map(({ node }) => (
        <ListRow
          key={node.id}
          href={`~/${lang}/requests/${node.id}`}
          reference={node.reference}
          title={node.title}
          country={node.country.name}
          status={t(`requestStatus.${node.status}`)}
        >
          <td className="number">
            <span title={formatDate(node.expressionOfInterestOn, lang)}>{t('mine.days', { count: daysBetween(node.expressionOfInterestOn) })}</span>
          </td>
          <td>
            <NextStep request={node} lang={lang} />
          </td>
        </ListRow>
      ))}
    </ListSection>
  );
}
