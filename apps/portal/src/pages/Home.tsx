import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { usePageTitle } from '../ui/page-title';
import { graphql } from '../gql';
import type { Region, ThematicArea } from '../gql/graphql';
import { graphLang, type Lang } from '../i18n';
import { AreaSelect, RegionSelect } from '../ui/FilterSelects';
import { ErrorNote, Loading } from '../ui/Status';

// ECharts and the world's borders load after the page: they are not part of the first load.
const WorldMap = lazy(() => import('../ui/WorldMap'));

const Achievements = graphql(`
  query Achievements {
    portfolio {
      actions
      activities
      participants
      policiesSupported
      expertsDeployed
      memberStatesRepresented
    }
  }
`);

const WhereWeWork = graphql(`
  query WhereWeWork($filter: PortfolioFilter, $lang: Language!) {
    portfolio(filter: $filter) {
      actions
      byCountry {
        value
        label(lang: $lang)
        actions
      }
    }
  }
`);

function Figures() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, retry] = useQuery({ query: Achievements });
  if (fetching && !data) return <Loading />;
  if (error && !data) return <ErrorNote error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  const p = data?.portfolio;
  const figures: [string, number | null | undefined][] = [
    ['actions', p?.actions],
    ['activities', p?.activities],
    ['participants', p?.participants],
    ['policies', p?.policiesSupported],
    ['experts', p?.expertsDeployed],
    ['memberStates', p?.memberStatesRepresented],
  ];
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <ul className="figures">
      {figures.map(([key, value]) => (
        <li key={key}>
          <strong>{value === null || value === undefined ? '–' : format.format(value)}</strong>
          <span>{t(`home.figures.${key}`)}</span>
        </li>
      ))}
    </ul>
  );
}

function Map({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const [region, setRegion] = useState<Region | ''>('');
  const [area, setArea] = useState<ThematicArea | ''>('');
  const filter = { ...(region ? { region } : {}), ...(area ? { thematicArea: area } : {}) };
  const [{ data, fetching, error }] = useQuery({ query: WhereWeWork, variables: { filter, lang: graphLang(lang) } });
  const countries = data?.portfolio?.byCountry ?? [];
  return (
    <section aria-labelledby="where-title">
      <h2 id="where-title">{t('home.where.title')}</h2>
      <div className="filters">
        <RegionSelect value={region} lang={lang} onChange={setRegion} />
        <AreaSelect value={area} lang={lang} onChange={setArea} />
      </div>
      {error && <ErrorNote error={error} />}
      <p aria-live="polite">
        {fetching ? t('status.loading') : t('home.where.summary', { count: data?.portfolio?.actions ?? 0, countries: countries.length })}
      </p>
      <Suspense fallback={<Loading />}>
        <WorldMap countries={countries} label={t('home.where.mapLabel')} actionsLabel={t('home.figures.actions')} />
      </Suspense>
      <details>
        <summary>{t('home.where.table')}</summary>
        <table>
          <caption className="visually-hidden">{t('home.where.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('home.where.country')}</th>
              <th scope="col">{t('home.figures.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.value}>
                <td>{c.label}</td>
                <td>{c.actions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

export function Home() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('home.title'));
  return (
    <>
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p className="lead">{t('home.lead')}</p>
        <ul className="features">
          <li>{t('home.features.demand')}</li>
          <li>{t('home.features.rapid')}</li>
          <li>{t('home.features.peer')}</li>
        </ul>
        <p className="actions">
          <Link className="button" href={`~/${lang}/request`}>
            {t('nav.request')}
          </Link>
          <Link className="button secondary" href={`~/${lang}/experts/apply`}>
            {t('nav.expert')}
          </Link>
        </p>
      </section>
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('home.who.title')}</h2>
        <ul>
          {(t('home.who.items', { returnObjects: true }) as string[]).map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="how-title">
        <h2 id="how-title">{t('home.how.title')}</h2>
        <ol className="steps">
          {(t('home.how.steps', { returnObjects: true }) as { title: string; text: string }[]).map((step) => (
            <li key={step.title}>
              <strong>{step.title}</strong> {step.text}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="achievements-title">
        <h2 id="achievements-title">{t('home.figures.title')}</h2>
        <Figures />
      </section>
      <Map lang={lang} />
    </>
  );
}
