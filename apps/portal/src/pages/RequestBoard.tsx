import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useSession } from '../config-context';
import { Region, type RequestBoardQueryVariables, type RequestCardFragment } from '../gql/graphql';
import { graphLang, type Lang } from '../i18n';
import { RegionSelect } from '../ui/FilterSelects';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { daysBefore, SignInFirst } from './officer/common';
import { RequestBoard as BoardQuery } from './officer/queries';

/** The open statuses, each a column of the board, in the order a request moves. */
const COLUMNS = ['EXPRESSION_OF_INTEREST', 'SUBMITTED', 'ELIGIBLE', 'ACTION_FICHE_DRAFTED', 'REVISION_REQUESTED', 'APPROVED'] as const;
const AGES = [7, 30, 90] as const;

/** A request on the board or in a queue: reference, title, country, age, officer. */
export function RequestCard({ request: r, lang }: { request: RequestCardFragment; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <Link href={`~/${lang}/requests/${r.id}`}>
        <strong>{r.reference}</strong> {r.title}
      </Link>
      <span>
        {r.country.name} · {t('officer.since', { date: r.expressionOfInterestOn })}
        {r.assignedOfficer ? ` · ${r.assignedOfficer.displayName}` : ''}
        {r.actionFiche ? ` · ${t('officer.ficheVersion', { version: r.actionFiche.version })}` : ''}
      </span>
    </li>
  );
}

/** The project officers' pipeline: a board by status, with counts, filtered by region, officer, age and reference or words. */
export default function RequestBoard() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const session = useSession();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(useSearch());
  usePageTitle(t('officer.boardTitle'));
  const region = (Object.values(Region) as string[]).includes(params.get('region') ?? '') ? (params.get('region') as Region) : null;
  const age = Number(params.get('olderThan') ?? '0');
  const variables: RequestBoardQueryVariables = {
    region,
    officer: params.get('officer') || null,
    search: params.get('search') || null,
    to: AGES.includes(age as (typeof AGES)[number]) ? daysBefore(age) : null,
    lang: graphLang(lang),
  };
  const [{ data, error, fetching }] = useQuery({ query: BoardQuery, variables, pause: !session });
  if (!session) return <SignInFirst title={t('officer.boardTitle')} />;
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    navigate(`${location}?${next.toString()}`, { replace: true });
  };
  return (
    <>
      <h1>{t('officer.boardTitle')}</h1>
      <form className="filters analysis-filters" role="search" aria-label={t('officer.boardFilters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('officer.search')}
          <input type="search" defaultValue={params.get('search') ?? ''} onChange={(e) => set('search', e.target.value.trim())} />
        </label>
        <RegionSelect value={region ?? ''} lang={lang} onChange={(value) => set('region', value)} />
        <label>
          {t('officer.assignedTo')}
          <select value={String(variables.officer ?? '')} onChange={(e) => set('officer', e.target.value)}>
            <option value="">{t('officer.anyOfficer')}</option>
            {(data?.projectOfficers ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.displayName}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('officer.age')}
          <select value={String(age || '')} onChange={(e) => set('olderThan', e.target.value)}>
            <option value="">{t('officer.anyAge')}</option>
            {AGES.map((days) => (
              <option key={days} value={days}>
                {t('officer.olderThan', { count: days })}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error && <ErrorNote error={error} />}
      {!data ? (
        <Loading />
      ) : (
        <div className="board" aria-busy={fetching}>
          {COLUMNS.map((status) => {
            const column = data[status];
            return (
              <section key={status} aria-labelledby={`column-${status}`} data-status={status}>
                <h2 id={`column-${status}`}>
                  {t(`requestStatus.${status}`)} <span className="count">{column?.totalCount ?? 0}</span>
                </h2>
                <ul className="cards">
                  {(column?.edges ?? []).map(({ node }, index) => (
                    <RequestCard key={index} request={node} lang={lang} />
                  ))}
                </ul>
                {(column?.totalCount ?? 0) > (column?.edges.length ?? 0) && (
                  <p className="more">{t('officer.more', { count: (column?.totalCount ?? 0) - (column?.edges.length ?? 0) })}</p>
                )}
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
