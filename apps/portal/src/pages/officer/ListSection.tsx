import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { Link } from 'wouter';
import { Pager } from '../../ui/Pager';
import { ErrorNote, Loading } from '../../ui/Status';
import { TableScroll } from '../../ui/TableScroll';

export const PAGE = 20;

/** A list's query a page at a time: its result, and what its ListSection needs to page through it. */
export function usePagedQuery<Data, Variables extends AnyVariables>(query: TypedDocumentNode<Data, Variables>, variables: Omit<Variables, 'first' | 'after'>) {
  const [cursors, onPage] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, refetch] = useQuery<Data, Variables>({
    query,
    variables: { ...variables, first: PAGE, after: cursors.at(-1) ?? null } as unknown as Variables,
  });
  return { data, paging: { fetching, error, cursors, onPage, retry: () => refetch({ requestPolicy: 'network-only' }) } };
}

interface Page {
  totalCount: number;
  edges: unknown[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * A list of the signed-in officer's, a page at a time: its heading with how many there are, what is
 * shown of them, the table (or what says there is none), and the previous and next pages.
 */
export function ListSection({
  id,
  title,
  empty,
  page,
  fetching,
  error,
  retry,
  cursors,
  onPage,
  columns,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  page: Page | null | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
  cursors: (string | null)[];
  onPage: (cursors: (string | null)[]) => void;
  /** The names of the columns after reference, title, country and status, those of numbers marked. */
  columns: { label: string; number?: boolean }[];
  /** The table's rows. */
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const first = (cursors.length - 1) * PAGE + 1;
  return (
    <section aria-labelledby={id} className="my-list" data-testid={id}>
      <h2 id={id}>
        {title} {page && <span className="count">{format(page.totalCount)}</span>}
      </h2>
      {error && <ErrorNote error={error} retry={retry} />}
      {!page ? (
        !error && <Loading />
      ) : page.totalCount === 0 ? (
        <p>{empty}</p>
      ) : (
        <>
          <p aria-live="polite">
            {fetching
              ? t('status.loading')
              : t('mine.range', { first: format(first), last: format(first + page.edges.length - 1), total: format(page.totalCount) })}
          </p>
          <TableScroll label={title}>
            <table>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  {[t('mine.reference'), t('mine.titleColumn'), t('mine.country'), t('mine.status')].map((label) => (
                    <th key={label} scope="col">
                      {label}
                    </th>
                  ))}
                  {columns.map(({ label, number }) => (
                    <th key={label} scope="col" className={number ? 'number' : undefined}>
                      {label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{children}</tbody>
            </table>
          </TableScroll>
          <Pager cursors={cursors} endCursor={page.pageInfo.endCursor} hasNextPage={page.pageInfo.hasNextPage} onChange={onPage} />
        </>
      )}
    </section>
  );
}

/** A row of a list: the reference (a link to its page), title, country and status, then the list's own cells. */
export function ListRow({
  href,
  reference,
  title,
  country,
  status,
  children,
}: {
  href: string;
  reference: string;
  title: string;
  country: string | undefined;
  status: string;
  children: ReactNode;
}) {
  return (
    <tr>
      <th scope="row">
        <Link href={href}>{reference}</Link>
      </th>
      <td>{title}</td>
      <td>{country ?? '–'}</td>
      <td>{status}</td>
      {children}
    </tr>
  );
}
