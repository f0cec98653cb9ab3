import { useTranslation } from 'react-i18next';
import type { OfficerActionsQuery } from '../../gql/graphql';
import { graphLang, type Lang } from '../../i18n';
import { formatDate, today } from '../../ui/dates';
import { ListRow, ListSection, usePagedQuery } from './ListSection';
import { OfficerActions } from './my-work-queries';

type Row = NonNullable<OfficerActionsQuery['myActions']>['edges'][number]['node'];

/** The Action's first activity still to come (planned or confirmed, from today on), if any, among its latest. */
export function nextActivity(action: Row, on = today()) {
  return action.activities.edges.map((e) => e.node).find((a) => (a.status === 'PLANNED' || a.status === 'CONFIRMED') && a.startsOn >= on) ?? null;
}

/** The Actions assigned to the signed-in officer, the latest approved first, a page at a time. */
export function MyActions({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const columns = [{ label: t('mine.activities'), number: true }, { label: t('mine.nextActivity') }];
  const { data, paging } = usePagedQuery(OfficerActions, { lang: graphLang(lang) });
  return (
    <ListSection id="my-actions" title={t('mine.actions')} empty={t('mine.noActions')} page={data?.myActions} {...paging} columns={columns}>
      {data?.myActions?.edges.map(({ node }) => {
        const next = nextActivity(node);
        return (
          <ListRow
            key={node.id}
            href={`~/${lang}/actions/${node.id}`}
            reference={node.reference}
            title={node.title}
            country={node.country?.name}
            status={t(`actionStatuses.${node.status}`)}
          >
            <td className="number">{new Intl.NumberFormat(lang).format(node.activityCount)}</td>
            <td>
              {next
                ? t('mine.activityOn', {
                    type: t(`activityTypes.${next.type}`),
                    date: formatDate(next.startsOn, lang),
                    status: t(`activityStatus.${next.status}`),
                  })
                : t('mine.noNextActivity')}
            </td>
          </ListRow>
        );
      })}
    </ListSection>
  );
}
