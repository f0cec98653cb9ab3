import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { ActivityFormat, type ActivityType } from '../../gql/graphql';
import { graphLang, type Lang } from '../../i18n';
import { Field } from '../../ui/Field';
import { Step } from '../../ui/Step';
import type { Activity, Draft } from './types';
import { ScheduleActivityDraft, UpdateActivity } from './mutations';

/** The formats the portal offers for each type of activity (a seminar is an information exchange). */
const FORMATS: Record<ActivityType, ActivityFormat[]> = {
  POLICY_WORK: [ActivityFormat.PolicyDraftingSupport, ActivityFormat.StrategyDraftingSupport],
  INFORMATION_EXCHANGE: [ActivityFormat.Seminar, ActivityFormat.Workshop, ActivityFormat.StudyVisit],
  TRAINING: [ActivityFormat.TrainingOfTrainers, ActivityFormat.TrainingDepartmentStrengthening, ActivityFormat.NeedsAssessment],
  PRACTICAL_TOOLS: [ActivityFormat.StandardOperatingProcedures, ActivityFormat.Handbook, ActivityFormat.Manual],
};

const Countries = graphql(`
  query ActivityCountries($lang: Language!) {
    countries {
      code
      name(lang: $lang)
    }
  }
`);

interface Dates {
  format: ActivityFormat;
  startsOn: string;
  endsOn: string;
  online: boolean;
  countryCode: string;
  city: string;
}

/** A date left empty is said next to its field before anything is sent (the graph needs both). */
function missingDates(dates: Dates, required: string): Record<string, string> {
  return Object.fromEntries((['startsOn', 'endsOn'] as const).filter((f) => !dates[f]).map((f) => [f, required]));
}

/** The fields of an activity's dates and place. */
function DateFields({ type, dates, set, problems }: { type: ActivityType; dates: Dates; set: (d: Dates) => void; problems: Record<string, string> }) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: Countries, variables: { lang: graphLang(i18n.language as Lang) }, requestPolicy: 'cache-first' });
  const countries = [...(data?.countries ?? [])].sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <>
      <Field label={t('action.dates.format')} error={problems.format}>
        {(p) => (
          <select {...p} value={dates.format} onChange={(e) => set({ ...dates, format: e.target.value as ActivityFormat })}>
            {FORMATS[type].map((f) => (
              <option key={f} value={f}>
                {t(`action.formats.${f}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field label={t('action.dates.startsOn')} required error={problems.startsOn}>
          {(p) => <input {...p} type="date" value={dates.startsOn} onChange={(e) => set({ ...dates, startsOn: e.target.value })} />}
        </Field>
        <Field label={t('action.dates.endsOn')} required error={problems.endsOn}>
          {(p) => <input {...p} type="date" value={dates.endsOn} onChange={(e) => set({ ...dates, endsOn: e.target.value })} />}
        </Field>
      </div>
      <label className="check">
        <input type="checkbox" checked={dates.online} onChange={(e) => set({ ...dates, online: e.target.checked })} /> {t('action.dates.online')}
      </label>
      {!dates.online && (
        <>
          <Field label={t('action.dates.country')} error={problems.countryCode}>
            {(p) => (
              <select {...p} value={dates.countryCode} onChange={(e) => set({ ...dates, countryCode: e.target.value })}>
                {countries.length === 0 && <option value={dates.countryCode}>{dates.countryCode}</option>}
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('action.dates.city')} error={problems.city}>
            {(p) => <input {...p} value={dates.city} onChange={(e) => set({ ...dates, city: e.target.value })} />}
          </Field>
        </>
      )}
    </>
  );
}

const place = (dates: Dates) => (dates.online ? { online: true } : { online: false, countryCode: dates.countryCode, city: dates.city || null });
const FIELDS = ['format', 'startsOn', 'endsOn', 'countryCode', 'city', 'online', 'reason'];

/** Dates a drafted activity of the Action Fiche: it becomes a planned activity. */
export function ScheduleDraftForm({ draft, countryCode, done }: { draft: Draft; countryCode: string; done: () => void }) {
  const { t } = useTranslation();
  const [state, schedule] = useMutation(ScheduleActivityDraft);
  const [dates, setDates] = useState<Dates>({ format: FORMATS[draft.type][0], startsOn: '', endsOn: '', online: false, countryCode, city: '' });
  const [missing, setMissing] = useState<Record<string, string>>({});
  return (
    <Step
      title={t('action.dates.schedule', { title: draft.title })}
      fields={FIELDS}
      error={state.error}
      sending={state.fetching}
      label={t('action.dates.scheduleSubmit')}
      onSubmit={async () => {
        const local = missingDates(dates, t('action.required'));
        setMissing(local);
        if (Object.keys(local).length) return;
        const input = { format: dates.format, startsOn: dates.startsOn, endsOn: dates.endsOn, ...place(dates) };
        if (!(await schedule({ draftId: draft.id, input })).error) done();
      }}
    >
      {(problems) => <DateFields type={draft.type} dates={dates} set={setDates} problems={{ ...problems, ...missing }} />}
    </Step>
  );
}

/** Reschedules or corrects a planned or confirmed activity, with the reason kept in its history. */
export function RescheduleForm({ activity, done }: { activity: Activity; done: () => void }) {
  const { t } = useTranslation();
  const [state, update] = useMutation(UpdateActivity);
  const [dates, setDates] = useState<Dates>({
    format: activity.format,
    startsOn: activity.startsOn,
    endsOn: activity.endsOn,
    online: activity.online,
    countryCode: activity.countryCode,
    city: activity.city ?? '',
  });
  const [reason, setReason] = useState('');
  return (
    <Step
      level={4}
      title={t('action.dates.reschedule')}
      fields={FIELDS}
      error={state.error}
      sending={state.fetching}
      label={t('action.dates.rescheduleSubmit')}
      onSubmit={async () => {
        const input = {
          format: dates.format,
          startsOn: dates.startsOn,
          endsOn: dates.endsOn,
          ...place(dates),
          city: dates.online ? undefined : dates.city,
          reason,
        };
        if (!(await update({ id: activity.id, input })).error) done();
      }}
    >
      {(problems) => (
        <>
          <DateFields type={activity.type} dates={dates} set={setDates} problems={problems} />
          <Field label={t('action.dates.reason')} error={problems.reason}>
            {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </>
      )}
    </Step>
  );
}
