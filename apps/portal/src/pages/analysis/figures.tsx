import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisPortfolioQuery } from '../../gql/graphql';
import { Loading } from '../../ui/Status';
import { TableScroll } from '../../ui/TableScroll';

// ECharts loads after the figures: the tiles and tables come first.
const BarChart = lazy(() => import('../../ui/BarChart'));

export type PortfolioFigures = NonNullable<AnalysisPortfolioQuery['portfolio']>;
type Slice = PortfolioFigures['byYear'][number];

/** The key figures, in the order of the factsheet; a figure a service could not give is a dash. */
export const KEY_FIGURES = [
  'actions',
  'activities',
  'participants',
  'policiesSupported',
  'expertsDeployed',
  'publicOfficialsFromMemberStates',
  'memberStatesRepresented',
  'countriesSupported',
  'womenParticipants',
  'satisfactionRate',
  'launchedOnTimeRate',
  'requests',
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

const RATES = new Set<KeyFigure>(['satisfactionRate', 'launchedOnTimeRate']);

export function useFormat() {
  const { i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (value: number | null | undefined, rate = false) =>
    value === null || value === undefined ? '–' : rate ? percent.format(value) : number.format(value);
}

export function KeyFigures({ portfolio, figures = KEY_FIGURES }: { portfolio: PortfolioFigures; figures?: readonly KeyFigure[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ul className="figures kpis">
      {figures.map((key) => (
        <li key={key} data-figure={key}>
          <strong>{format(portfolio[key], RATES.has(key))}</strong>
          <span>{t(`analysis.figures.${key}`)}</span>
        </li>
      ))}
    </ul>
  );
}

export type SliceKey = 'byYear' | 'byRegion' | 'byThematicArea' | 'byActivityType';
type SliceFigure = 'actions' | 'activities' | 'participants';

/** One dimension's slices as bars and as the table with the same figures. */
export function Slices({ slices, dimension, figures, chart = true }: { slices: Slice[]; dimension: SliceKey; figures: SliceFigure[]; chart?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = t(`analysis.slices.${dimension}`);
  return (
    <section className="slices" aria-labelledby={`${dimension}-title`}>
      <h3 id={`${dimension}-title`}>{title}</h3>
      {chart && slices.length > 0 && (
        <Suspense fallback={<Loading />}>
          <BarChart
            label={t('analysis.chartLabel', { title })}
            categories={slices.map((s) => s.label)}
            series={figures.map((f) => ({ name: t(`analysis.figures.${f}`), values: slices.map((s) => s[f] ?? null) }))}
            horizontal={dimension !== 'byYear'}
          />
        </Suspense>
      )}
      {slices.length === 0 ? (
        <p>{t('analysis.none')}</p>
      ) : (
        <TableScroll label={title}>
          <table data-slices={dimension}>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t(`analysis.dimension.${dimension}`)}</th>
                {figures.map((f) => (
                  <th scope="col" key={f} className="number">
                    {t(`analysis.figures.${f}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {slices.map((s) => (
                <tr key={s.value}>
                  <th scope="row">{s.label}</th>
                  {figures.map((f) => (
                    <td key={f} className="number">
                      {format(s[f])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
