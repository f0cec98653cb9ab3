import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useSearch } from 'wouter';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { KeyFigures, Slices, useFormat } from './analysis/figures';
import { filterOf, searchOf } from './analysis/filters';
import { AnalysisPortfolio } from './analysis/queries';

/** The factsheet's own period when the address names none: MIEUX's first eleven years, as the 2021 factsheet counts them. */
export const FACTSHEET_PERIOD = { from: '2009-01-01', to: '2019-12-31' };

/**
 * A printable factsheet of the portfolio for a filter (open to anyone: figures only), in the page's
 * language; the browser's print saves it as PDF. Its figures come from the same query as the dashboard.
 */
export default function Factsheet() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const format = useFormat();
  const search = useSearch();
  const named = filterOf(search);
  const filter = named.from || named.to ? named : { ...named, ...FACTSHEET_PERIOD };
  usePageTitle(t('factsheet.title'));
  const [{ data, error }] = useQuery({ query: AnalysisPortfolio, variables: { filter, lang: graphLang(lang) } });
  const portfolio = data?.portfolio;
  const years = [filter.from?.slice(0, 4), filter.to?.slice(0, 4)];
  const period =
    years[0] && years[1] ? `${years[0]}–${years[1]}` : years[0] ? t('factsheet.since', { year: years[0] }) : t('factsheet.until', { year: years[1] });
  const scope = [
    filter.region ? t(`regions.${filter.region}`) : null,
    filter.countryCode ?? null,
    filter.thematicArea ? portfolio?.byThematicArea.find((s) => s.value === filter.thematicArea)?.label : null,
    filter.phase ? t(`phases.${filter.phase}`) : null,
  ].filter(Boolean);
  return (
    <article className="factsheet">
      <p className="no-print">
        <Link href={`~/${lang}/analysis?${searchOf(named)}`}>{t('factsheet.back')}</Link>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('factsheet.print')}
        </button>
      </p>
      <header>
        <p className="kicker">{t('factsheet.kicker')}</p>
        <h1>{t('factsheet.heading', { period })}</h1>
        {scope.length > 0 && <p>{scope.join(' · ')}</p>}
        <p className="lead">{t('home.lead')}</p>
      </header>
      {error && <ErrorNote error={error} />}
      {!portfolio ? (
        <Loading />
      ) : (
        <>
          <section aria-labelledby="achievements-title">
            <h2 id="achievements-title">{t('factsheet.achievements')}</h2>
            <ul className="achievements" data-testid="achievements">
              <li>{t('factsheet.lines.actions', { count: portfolio.actions, value: format(portfolio.actions) })}</li>
              <li>
                {t('factsheet.lines.activities', {
                  count: portfolio.activities,
                  value: format(portfolio.activities),
                  participants: format(portfolio.participants),
                })}
              </li>
              <li>{t('factsheet.lines.policies', { count: portfolio.policiesSupported ?? 0, value: format(portfolio.policiesSupported) })}</li>
              <li>
                {t('factsheet.lines.experts', {
                  count: portfolio.expertsDeployed ?? 0,
                  value: format(portfolio.expertsDeployed),
                  officials: format(portfolio.publicOfficialsFromMemberStates),
                  memberStates: format(portfolio.memberStatesRepresented),
                })}
              </li>
            </ul>
            <KeyFigures portfolio={portfolio} figures={['countriesSupported', 'womenParticipants', 'satisfactionRate', 'launchedOnTimeRate']} />
          </section>
          <div className="slice-grid">
            <Slices slices={portfolio.byRegion} dimension="byRegion" figures={['actions', 'activities', 'participants']} chart={false} />
            <Slices slices={portfolio.byThematicArea} dimension="byThematicArea" figures={['actions', 'activities', 'participants']} chart={false} />
            <Slices slices={portfolio.byYear} dimension="byYear" figures={['actions', 'activities', 'participants']} chart={false} />
          </div>
          <p className="source">{t('factsheet.source', { date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date()) })}</p>
        </>
      )}
    </article>
  );
}
