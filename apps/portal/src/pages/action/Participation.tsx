import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { Lang } from '../../i18n';
import { Field } from '../../ui/Field';
import { Step } from '../../ui/Step';
import { OpenEvaluation, RecordParticipation } from './mutations';
import type { Activity } from './types';

const COUNTS = ['total', 'women', 'men', 'undisclosed'] as const;

/** Records (or replaces) how many took part, by sex, and from which institutions. */
export function ParticipationForm({ activity, done }: { activity: Activity; done: () => void }) {
  const { t } = useTranslation();
  const [state, record] = useMutation(RecordParticipation);
  const current = activity.participation;
  const [counts, setCounts] = useState<Record<(typeof COUNTS)[number], string>>({
    total: String(current?.total ?? ''),
    women: String(current?.women ?? ''),
    men: String(current?.men ?? ''),
    undisclosed: String(current?.undisclosed ?? 0),
  });
  const [institutions, setInstitutions] = useState((current?.institutions ?? []).join('\n'));
  return (
    <Step
      level={4}
      title={current ? t('action.participation.replace') : t('action.participation.title')}
      fields={[...COUNTS, 'institutions']}
      error={state.error}
      sending={state.fetching}
      label={t('action.participation.submit')}
      onSubmit={async () => {
        const input = {
          ...(Object.fromEntries(COUNTS.map((c) => [c, Number(counts[c] || 0)])) as Record<(typeof COUNTS)[number], number>),
          institutions: institutions
            .split('\n')
            .map((i) => i.trim())
            .filter(Boolean),
        };
        if (!(await record({ activityId: activity.id, input })).error) done();
      }}
    >
      {(problems) => (
        <>
          <div className="field-row">
            {COUNTS.map((c) => (
              <Field key={c} label={t(`action.participation.${c}`)} required={c !== 'undisclosed'} error={problems[c]}>
                {(p) => (
                  <input {...p} type="number" min={0} inputMode="numeric" value={counts[c]} onChange={(e) => setCounts({ ...counts, [c]: e.target.value })} />
                )}
              </Field>
            ))}
          </div>
          <Field label={t('action.participation.institutions')} hint={t('action.participation.institutionsHint')} error={problems.institutions}>
            {(p) => <textarea {...p} rows={2} value={institutions} onChange={(e) => setInstitutions(e.target.value)} />}
          </Field>
        </>
      )}
    </Step>
  );
}

/** Opens the evaluation of a held activity: single-use links to the questionnaire, shown to hand out. */
export function EvaluationLinks({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [state, open] = useMutation(OpenEvaluation);
  const [counts, setCounts] = useState({ participants: '10', partnerAuthorities: '0', validForDays: '30' });
  const links = state.data?.openEvaluation.links ?? [];
  return (
    <>
      <Step
        level={4}
        title={t('action.evaluation.open')}
        fields={Object.keys(counts)}
        error={state.error}
        sending={state.fetching}
        label={t('action.evaluation.submit')}
        onSubmit={() =>
          open({
            activityId: activity.id,
            input: {
              participants: Number(counts.participants || 0),
              partnerAuthorities: Number(counts.partnerAuthorities || 0),
              validForDays: Number(counts.validForDays || 0),
            },
          })
        }
      >
        {(problems) => (
          <div className="field-row">
            {(Object.keys(counts) as (keyof typeof counts)[]).map((k) => (
              <Field key={k} label={t(`action.evaluation.${k}`)} error={problems[k]}>
                {(p) => (
                  <input {...p} type="number" min={0} inputMode="numeric" value={counts[k]} onChange={(e) => setCounts({ ...counts, [k]: e.target.value })} />
                )}
              </Field>
            ))}
          </div>
        )}
      </Step>
      {links.length > 0 && (
        <div role="status">
          <p>{t('action.evaluation.links', { count: links.length })}</p>
          <ul className="links" data-testid={`evaluation-links-${activity.id}`}>
            {links.map((link) => (
              <li key={link.token}>
                {t(`action.evaluation.respondent.${link.respondentType}`)}: <code>{`${location.origin}/${lang}/evaluation/${link.token}`}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

/** What the activity's evaluations say so far. */
export function EvaluationSummary({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const summary = activity.evaluations;
  if (!summary) return null;
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <p data-testid={`evaluation-summary-${activity.id}`}>
      {t('action.evaluation.summary', { count: summary.count })}
      {summary.satisfactionRate !== null &&
        summary.satisfactionRate !== undefined &&
        ` ${t('action.evaluation.satisfaction', { rate: percent.format(summary.satisfactionRate) })}`}
    </p>
  );
}
