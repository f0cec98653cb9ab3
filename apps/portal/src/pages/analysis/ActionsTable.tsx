import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../../config-context';
import { graphLang, type Lang } from '../../i18n';
import { ErrorNote, Loading } from '../../ui/Status';
import { Pager } from '../../ui/Pager';
import { TableScroll } from '../../ui/TableScroll';
import { actionFilter, type AnalysisFilter } from './filters';
import { useFormat } from './figures';
import { AnalysisActions } from './queries';

const PAGE = 20;

/** The Actions of the filter, the latest approved first, a page at a time; a project officer opens each one's page. */
export function ActionsTable({ filter, lang }: { filter: AnalysisFilter; lang: Lang }) {
  const { t } = useTranslation();
  const officer = useSession()?.roles.includes('PROJECT_OFFICER') ?? false;
  const format = useFormat();
  // The cursors of the pages seen, to go back; a new filter starts again at the first page.
  const [pages, setPages] = useState<{ key: string; cursors: (string | null)[] }>({ key: '', cursors: [null] });
  const key = JSON.stringify(filter);
  const cursors = pages.key === key ? pages.cursors : [null];
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({
    query: AnalysisActions,
    variables: { filter: actionFilter(filter), first: PAGE, after, lang: graphLang(lang) },
  });
  if (error && !data) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const actions = data.actions;
  if (!actions) return <ErrorNote error={error} />;
  const first = (cursors.length - 1) * PAGE + 1;
  return (
    <>
      <p aria-live="polite">
        {fetching
          ? t('status.loading')
          : t('analysis.actions.range', {
              first: format(actions.totalCount === 0 ? 0 : first),
              last: format(first + actions.edges.length - 1),
              count: actions.totalCount,
              total: format(actions.totalCount),
            })}
      </p>
      <TableScroll label={t('analysis.actions.title')}>
        <table data-testid="actions-table">
          <caption className="visually-hidden">{t('analysis.actions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.actions.reference')}</th>
              <th scope="col">{t('analysis.actions.titleColumn')}</th>
              <th scope="col">{t('analysis.actions.status')}</th>
              <th scope="col">{t('analysis.country')}</th>
              <th scope="col">{t('analysis.actions.approvedOn')}</th>
              <th scope="col" className="number">
                {t('analysis.figures.activities')}
              </th>
              <th scope="col" className="number">
                {t('analysis.figures.participants')}
              </th>
            </tr>
          </thead>
          <tbody>
            {actions.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">{officer ? <Link href={`~/${lang}/actions/${node.id}`}>{node.reference}</Link> : node.reference}</th>
                <td>{node.title}</td>
                <td>{t(`actionStatuses.${node.status}`)}</td>
                <td>{node.country?.name ?? '–'}</td>
                <td>{node.approvedOn}</td>
                <td className="number">{format(node.activityCount)}</td>
                <td className="number">{format(node.participants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pager
        cursors={cursors}
        endCursor={actions.pageInfo.endCursor}
        hasNextPage={actions.pageInfo.hasNextPage}
        onChange={(next) => setPages({ key, cursors: next })}
      />
    </>
  );
}
