import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ActionStatus, Rating } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { Step } from '../../ui/Step';
import { CloseAction, RecordFinalEvaluation } from './mutations';
import type { Action } from './types';
import { today } from '../../ui/dates';

function FinalEvaluationForm({ action, done }: { action: Action; done: () => void }) {
  const { t } = useTranslation();
  const [state, record] = useMutation(RecordFinalEvaluation);
  const current = action.finalEvaluation;
  const [evaluation, setEvaluation] = useState({
    summary: current?.summary ?? '',
    rating: current?.rating ?? Rating.Good,
    date: current?.date ?? today(),
  });
  return (
    <Step
      title={current ? t('action.closing.revise') : t('action.closing.evaluate')}
      fields={['summary', 'rating', 'date']}
      error={state.error}
      sending={state.fetching}
      label={t('action.closing.evaluateSubmit')}
      onSubmit={async () => !(await record({ actionId: action.id, input: evaluation })).error && done()}
    >
      {(problems) => (
        <>
          <Field label={t('action.closing.summary')} required error={problems.summary}>
            {(p) => <textarea {...p} rows={4} value={evaluation.summary} onChange={(e) => setEvaluation({ ...evaluation, summary: e.target.value })} />}
          </Field>
          <div className="field-row">
            <Field label={t('action.closing.rating')} error={problems.rating}>
              {(p) => (
                <select {...p} value={evaluation.rating} onChange={(e) => setEvaluation({ ...evaluation, rating: e.target.value as Rating })}>
                  {Object.values(Rating).map((r) => (
                    <option key={r} value={r}>
                      {t(`action.ratings.${r}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('action.closing.date')} required error={problems.date}>
              {(p) => <input {...p} type="date" value={evaluation.date} onChange={(e) => setEvaluation({ ...evaluation, date: e.target.value })} />}
            </Field>
          </div>
        </>
      )}
    </Step>
  );
}

function CloseForm({ action, done }: { action: Action; done: () => void }) {
  const { t } = useTranslation();
  const [state, close] = useMutation(CloseAction);
  return (
    <Step
      title={t('action.closing.close')}
      fields={[]}
      error={state.error}
      sending={state.fetching}
      label={t('action.closing.closeSubmit')}
      onSubmit={async () => !(await close({ id: action.id })).error && done()}
    />
  );
}

/**
 * The end of an Action: its final evaluation once it is completed, then closing, which the evaluation
 * allows. Before, the section says what is awaited.
 */
export function Closing({ action, refresh }: { action: Action; refresh: () => void }) {
  const { t } = useTranslation();
  const evaluation = action.finalEvaluation;
  const completed = action.status === ActionStatus.Completed;
  const closable = completed && evaluation && action.allowedTransitions.includes(ActionStatus.Closed);
  return (
    <section aria-labelledby="closing-title">
      <h2 id="closing-title">{t('action.closing.heading')}</h2>
      {evaluation ? (
        <div data-testid="final-evaluation">
          <p>
            <strong>{t(`action.ratings.${evaluation.rating}`)}</strong> · {evaluation.date}
          </p>
          <p>{evaluation.summary}</p>
        </div>
      ) : (
        <p>{completed ? t('action.closing.awaited') : t('action.closing.notYet')}</p>
      )}
      {completed && <FinalEvaluationForm key={evaluation?.date ?? 'none'} action={action} done={refresh} />}
      {closable && <CloseForm action={action} done={refresh} />}
    </section>
  );
}
