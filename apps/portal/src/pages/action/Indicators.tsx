import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Status';
import { Step } from '../../ui/Step';
import { TableScroll } from '../../ui/TableScroll';
import { SetIndicator } from './mutations';
import type { Action } from './types';

// ECharts loads after the indicators' tables.
const BarChart = lazy(() => import('../../ui/BarChart'));

type Indicator = NonNullable<Action['indicators']>[number];

/** One indicator: its periods' targets and actuals as a table, and as bars for the eye. */
function IndicatorFigures({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const shown = (value: number | null | undefined) => (value === null || value === undefined ? '–' : number.format(value));
  const categories = useMemo(() => indicator.periods.map((p) => p.period), [indicator]);
  const series = useMemo(
    () => [
      { name: t('action.indicators.target'), values: indicator.periods.map((p) => p.target) },
      { name: t('action.indicators.actual'), values: indicator.periods.map((p) => p.actual ?? null) },
    ],
    [indicator, t],
  );
  const caption = t('action.indicators.caption', { name: indicator.name, unit: indicator.unit, baseline: number.format(indicator.baseline) });
  return (
    <div className="indicator" data-indicator={indicator.name}>
      <h3>{caption}</h3>
      <div className="figures-pair">
        <TableScroll label={caption}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('action.indicators.period')}</th>
                <th scope="col" className="number">
                  {t('action.indicators.target')}
                </th>
                <th scope="col" className="number">
                  {t('action.indicators.actual')}
                </th>
              </tr>
            </thead>
            <tbody>
              {indicator.periods.map((p) => (
                <tr key={p.period}>
                  <th scope="row">{p.period}</th>
                  <td className="number">{shown(p.target)}</td>
                  <td className="number">{shown(p.actual)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <Suspense fallback={<Loading />}>
          <BarChart categories={categories} series={series} label={t('action.indicators.chart', { name: indicator.name })} />
        </Suspense>
      </div>
    </div>
  );
}

/** Sets an indicator's target and actual for a period (a new indicator when the name is new). */
function IndicatorForm({ action, done }: { action: Action; done: () => void }) {
  const { t } = useTranslation();
  const [state, set] = useMutation(SetIndicator);
  const [values, setValues] = useState({ name: '', unit: '', baseline: '0', period: String(new Date().getFullYear()), target: '', actual: '' });
  const known = action.indicators ?? [];
  const setName = (name: string) => {
    const existing = known.find((i) => i.name === name);
    setValues({ ...values, name, ...(existing ? { unit: existing.unit, baseline: String(existing.baseline) } : {}) });
  };
  const text = (key: 'unit' | 'period') => (p: object) => (
    <input {...p} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
  );
  const figure = (key: 'baseline' | 'target' | 'actual') => (p: object) => (
    <input {...p} type="number" step="any" value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} />
  );
  return (
    <Step
      title={t('action.indicators.set')}
      fields={['name', 'unit', 'baseline', 'period', 'target', 'actual', 'actualBySex']}
      error={state.error}
      sending={state.fetching}
      label={t('action.indicators.submit')}
      onSubmit={async () => {
        const input = {
          name: values.name,
          unit: values.unit,
          period: values.period,
          baseline: Number(values.baseline || 0),
          target: Number(values.target || 0),
          actual: values.actual === '' ? null : Number(values.actual),
        };
        if (!(await set({ actionId: action.id, input })).error) done();
      }}
    >
      {(problems) => (
        <>
          <Field label={t('action.indicators.name')} hint={t('action.indicators.nameHint')} required error={problems.name}>
            {(p) => (
              <>
                <input {...p} list="indicator-names" value={values.name} onChange={(e) => setName(e.target.value)} />
                <datalist id="indicator-names">
                  {known.map((i) => (
                    <option key={i.id} value={i.name} />
                  ))}
                </datalist>
              </>
            )}
          </Field>
          <div className="field-row">
            <Field label={t('action.indicators.unit')} required error={problems.unit}>
              {text('unit')}
            </Field>
            <Field label={t('action.indicators.baseline')} error={problems.baseline}>
              {figure('baseline')}
            </Field>
            <Field label={t('action.indicators.period')} hint={t('action.indicators.periodHint')} required error={problems.period}>
              {text('period')}
            </Field>
            <Field label={t('action.indicators.target')} required error={problems.target}>
              {figure('target')}
            </Field>
            <Field label={t('action.indicators.actual')} error={problems.actual ?? problems.actualBySex}>
              {figure('actual')}
            </Field>
          </div>
        </>
      )}
    </Step>
  );
}

/** The Action's indicators, period by period, and the form that sets them. */
export function Indicators({ action, refresh }: { action: Action; refresh: () => void }) {
  const { t } = useTranslation();
  const indicators = action.indicators;
  return (
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">{t('action.indicators.heading')}</h2>
      {indicators === null || indicators === undefined ? (
        <p>{t('errors.SERVICE_UNAVAILABLE')}</p>
      ) : indicators.length === 0 ? (
        <p>{t('action.indicators.none')}</p>
      ) : (
        indicators.map((indicator) => <IndicatorFigures key={indicator.id} indicator={indicator} />)
      )}
      <IndicatorForm key={JSON.stringify(indicators?.map((i) => i.periods.length))} action={action} done={refresh} />
    </section>
  );
}
