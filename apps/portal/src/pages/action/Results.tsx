import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ResultStatus, ResultType } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { Step } from '../../ui/Step';
import { TableScroll } from '../../ui/TableScroll';
import { RecordResult, UpdateResult } from './mutations';
import type { Action } from './types';
import { today } from '../../ui/dates';

type Result = NonNullable<Action['results']>[number];

function RecordResultForm({ action, done }: { action: Action; done: () => void }) {
  const { t } = useTranslation();
  const [state, record] = useMutation(RecordResult);
  const [result, setResult] = useState({ type: ResultType.Policy as ResultType, status: ResultStatus.Drafted as ResultStatus, title: '', date: today() });
  return (
    <Step
      title={t('action.results.record')}
      fields={['type', 'status', 'title', 'date']}
      error={state.error}
      sending={state.fetching}
      label={t('action.results.submit')}
      onSubmit={async () => !(await record({ actionId: action.id, input: result })).error && done()}
    >
      {(problems) => (
        <>
          <Field label={t('action.results.title')} required error={problems.title}>
            {(p) => <input {...p} value={result.title} onChange={(e) => setResult({ ...result, title: e.target.value })} />}
          </Field>
          <div className="field-row">
            <Field label={t('action.results.type')} error={problems.type}>
              {(p) => (
                <select {...p} value={result.type} onChange={(e) => setResult({ ...result, type: e.target.value as ResultType })}>
                  {Object.values(ResultType).map((type) => (
                    <option key={type} value={type}>
                      {t(`resultTypes.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('action.results.status')} error={problems.status}>
              {(p) => (
                <select {...p} value={result.status} onChange={(e) => setResult({ ...result, status: e.target.value as ResultStatus })}>
                  {Object.values(ResultStatus).map((status) => (
                    <option key={status} value={status}>
                      {t(`resultStatus.${status}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('action.results.date')} required error={problems.date}>
              {(p) => <input {...p} type="date" value={result.date} onChange={(e) => setResult({ ...result, date: e.target.value })} />}
            </Field>
          </div>
        </>
      )}
    </Step>
  );
}

/** Marks a drafted result adopted, on the day it was. */
function AdoptForm({ result, done }: { result: Result; done: () => void }) {
  const { t } = useTranslation();
  const [state, update] = useMutation(UpdateResult);
  const [date, setDate] = useState(today());
  return (
    <Step
      level={4}
      title={t('action.results.adopt', { title: result.title })}
      fields={['date', 'status']}
      error={state.error}
      sending={state.fetching}
      label={t('action.results.adoptSubmit')}
      onSubmit={async () => !(await update({ id: result.id, input: { status: ResultStatus.Adopted, date } })).error && done()}
    >
      {(problems) => (
        <Field label={t('action.results.adoptedOn')} error={problems.date ?? problems.status}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
      )}
    </Step>
  );
}

/** The Action's results (policies, strategies, tools…), recorded and adopted. */
export function Results({ action, refresh }: { action: Action; refresh: () => void }) {
  const { t } = useTranslation();
  const results = action.results;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t('action.results.heading')}</h2>
      {results === null || results === undefined ? (
        <p>{t('errors.SERVICE_UNAVAILABLE')}</p>
      ) : results.length === 0 ? (
        <p>{t('action.results.none')}</p>
      ) : (
        <TableScroll label={t('action.results.heading')}>
          <table data-testid="results">
            <thead>
              <tr>
                <th scope="col">{t('action.results.title')}</th>
                <th scope="col">{t('action.results.type')}</th>
                <th scope="col">{t('action.results.status')}</th>
                <th scope="col">{t('action.results.date')}</th>
              </tr>
            </thead>
            <tbody>
              {results.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.title}</th>
                  <td>{t(`resultTypes.${r.type}`)}</td>
                  <td>{t(`resultStatus.${r.status}`)}</td>
                  <td>{r.date}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {results
        ?.filter((r) => r.status === ResultStatus.Drafted)
        .map((r) => (
          <AdoptForm key={r.id} result={r} done={refresh} />
        ))}
      <RecordResultForm key={results?.length ?? 0} action={action} done={refresh} />
    </section>
  );
}
