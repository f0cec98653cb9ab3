import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useLocation, useSearch } from 'wouter';
import { useConfig, useSession } from '../config-context';
import { graphLang, type Lang } from '../i18n';
import { worksWithPortfolio } from '../session';
import { downloadExport } from '../ui/download';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { ActionsTable } from './analysis/ActionsTable';
import { KeyFigures, Slices } from './analysis/figures';
import { exportSearch, filterOf, searchOf, type AnalysisFilter } from './analysis/filters';
import { FilterForm } from './analysis/FilterForm';
import { AnalysisPortfolio } from './analysis/queries';

const EXPORTS = [
  ['portfolio', 'csv'],
  ['portfolio', 'xlsx'],
  ['actions', 'csv'],
  ['actions', 'xlsx'],
] as const;

function Exports({ filter, lang }: { filter: AnalysisFilter; lang: Lang }) {
  const { t } = useTranslation();
  const { graphUrl } = useConfig();
  const session = useSession();
  const [state, setState] = useState<{ busy: string | null; problem: string | null }>({ busy: null, problem: null });
  const download = async (kind: 'portfolio' | 'actions', format: 'csv' | 'xlsx') => {
    const name = `${kind}.${format}`;
    setState({ busy: name, problem: null });
    try {
      const day = new Date().toISOString().slice(0, 10);
      await downloadExport(graphUrl, `/export/${name}`, exportSearch(kind, filter, graphLang(lang)), session?.token ?? null, `mieux-${kind}-${day}.${format}`);
      setState({ busy: null, problem: null });
    } catch (error) {
      setState({ busy: null, problem: (error as Error).message });
    }
  };
  return (
    <section aria-labelledby="exports-title" className="exports">
      <h2 id="exports-title">{t('analysis.exports.title')}</h2>
      <p>{t('analysis.exports.lead')}</p>
      <p className="actions">
        {EXPORTS.map(([kind, format]) => (
          <button key={`${kind}.${format}`} type="button" className="secondary" disabled={state.busy !== null} onClick={() => void download(kind, format)}>
            {t(`analysis.exports.${kind}`, { format: format.toUpperCase() })}
          </button>
        ))}
      </p>
      <p aria-live="polite">{state.busy ? t('analysis.exports.preparing') : ''}</p>
      {state.problem && (
        <p className="error" role="alert">
          {t('analysis.exports.failed', { problem: state.problem })}
        </p>
      )}
    </section>
  );
}

export default function Analysis() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const session = useSession();
  const [location, navigate] = useLocation();
  const search = useSearch();
  const filter = filterOf(search);
  usePageTitle(t('analysis.title'));
  const [{ data, fetching, error }] = useQuery({ query: AnalysisPortfolio, variables: { filter, lang: graphLang(lang) } });
  if (!session || !worksWithPortfolio(session.roles))
    return (
      <>
        <h1>{t('analysis.title')}</h1>
        <p>{t('analysis.signInFirst')}</p>
        <p>
          <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
        </p>
      </>
    );
  const portfolio = data?.portfolio;
  return (
    <>
      <h1>{t('analysis.title')}</h1>
      <p className="lead">{t('analysis.lead')}</p>
      <FilterForm filter={filter} lang={lang} onChange={(next) => navigate(`${location}?${searchOf(next)}`, { replace: true })} />
      <p>
        <Link href={`~/${lang}/factsheet?${searchOf(filter)}`}>{t('analysis.factsheetLink')}</Link>
      </p>
      {error && <ErrorNote error={error} />}
      <section aria-labelledby="kpi-title" aria-busy={fetching}>
        <h2 id="kpi-title">{t('analysis.keyFigures')}</h2>
        {portfolio ? <KeyFigures portfolio={portfolio} /> : <Loading />}
      </section>
      {portfolio && (
        <section aria-labelledby="slices-title" className="slice-grid">
          <h2 id="slices-title">{t('analysis.breakdowns')}</h2>
          <Slices slices={portfolio.byYear} dimension="byYear" figures={['activities', 'participants']} />
          <Slices slices={portfolio.byRegion} dimension="byRegion" figures={['actions', 'activities']} />
          <Slices slices={portfolio.byThematicArea} dimension="byThematicArea" figures={['actions', 'activities']} />
          <Slices slices={portfolio.byActivityType} dimension="byActivityType" figures={['activities', 'participants']} />
        </section>
      )}
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{t('analysis.actions.title')}</h2>
        <ActionsTable filter={filter} lang={lang} />
      </section>
      <Exports filter={filter} lang={lang} />
    </>
  );
}
