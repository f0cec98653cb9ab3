import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ActivityType, DecidingBody, DecisionOutcome, RequestChannel, type RequestWorkQuery } from '../../gql/graphql';
import { Field } from '../../ui/Field';
import { Step } from '../../ui/Step';
import { AssessEligibility, CreateAction, DecideRequest, DraftActionFiche, OverrideEligibility, RecordOfficialRequest } from './queries';
import { today } from '../../ui/dates';

type Request = NonNullable<RequestWorkQuery['request']>;

export function OfficialLetterForm({ request, done }: { request: Request; done: () => void }) {
  const { t } = useTranslation();
  const [state, record] = useMutation(RecordOfficialRequest);
  const [letter, setLetter] = useState({
    letterReference: '',
    receivedOn: today(),
    channel: RequestChannel.Website as RequestChannel,
  });
  return (
    <Step
      title={t('officer.letter.title')}
      fields={['letterReference', 'receivedOn', 'channel']}
      error={state.error}
      sending={state.fetching}
      label={t('officer.letter.submit')}
      onSubmit={async () => !(await record({ id: request.id, input: letter })).error && done()}
    >
      {(problems) => (
        <>
          <Field label={t('officer.letter.reference')} required error={problems.letterReference}>
            {(p) => <input {...p} value={letter.letterReference} onChange={(e) => setLetter({ ...letter, letterReference: e.target.value })} />}
          </Field>
          <Field label={t('officer.letter.receivedOn')} required error={problems.receivedOn}>
            {(p) => <input {...p} type="date" value={letter.receivedOn} onChange={(e) => setLetter({ ...letter, receivedOn: e.target.value })} />}
          </Field>
          <Field label={t('officer.letter.channel')} error={problems.channel}>
            {(p) => (
              <select {...p} value={letter.channel} onChange={(e) => setLetter({ ...letter, channel: e.target.value as RequestChannel })}>
                {Object.values(RequestChannel).map((c) => (
                  <option key={c} value={c}>
                    {t(`officer.channels.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </>
      )}
    </Step>
  );
}

export function AssessForm({ request, done }: { request: Request; done: () => void }) {
  const { t } = useTranslation();
  const [state, assess] = useMutation(AssessEligibility);
  return (
    <Step
      title={t('officer.assess.title')}
      fields={[]}
      error={state.error}
      sending={state.fetching}
      label={t('officer.assess.submit')}
      onSubmit={async () => !(await assess({ id: request.id })).error && done()}
    />
  );
}

export function OverrideForm({ request, done }: { request: Request; done: () => void }) {
  const { t } = useTranslation();
  const [state, override] = useMutation(OverrideEligibility);
  const [eligible, setEligible] = useState(!(request.eligibility?.eligible ?? false));
  const [rationale, setRationale] = useState('');
  return (
    <Step
      title={t('officer.override.title')}
      fields={['eligible', 'rationale']}
      error={state.error}
      sending={state.fetching}
      label={t('officer.override.submit')}
      onSubmit={async () => !(await override({ id: request.id, eligible, rationale })).error && done()}
    >
      {(problems) => (
        <>
          <Field label={t('officer.override.outcome')} error={problems.eligible}>
            {(p) => (
              <select {...p} value={String(eligible)} onChange={(e) => setEligible(e.target.value === 'true')}>
                <option value="true">{t('requestStatus.ELIGIBLE')}</option>
                <option value="false">{t('requestStatus.INELIGIBLE')}</option>
              </select>
            )}
          </Field>
          <Field label={t('officer.override.rationale')} required error={problems.rationale}>
            {(p) => <textarea {...p} value={rationale} onChange={(e) => setRationale(e.target.value)} rows={3} />}
          </Field>
        </>
      )}
    </Step>
  );
}

const TYPES = Object.values(ActivityType);

export function FicheForm({ request, done }: { request: Request; done: () => void }) {
  const { t } = useTranslation();
  const [state, draft] = useMutation(DraftActionFiche);
  const current = request.actionFicheVersions.at(-1);
  const [objectives, setObjectives] = useState(current?.objectives ?? '');
  const [needs, setNeeds] = useState((current?.priorityNeeds ?? []).join('\n'));
  const [counts, setCounts] = useState<Record<string, number>>(
    Object.fromEntries(TYPES.map((type) => [type, current?.plannedActivities.find((p) => p.type === type)?.count ?? 0])),
  );
  const input = {
    objectives,
    priorityNeeds: needs
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean),
    plannedActivities: TYPES.filter((type) => counts[type] > 0).map((type) => ({ type, count: counts[type] })),
  };
  return (
    <Step
      title={current ? t('officer.fiche.revise', { version: current.version + 1 }) : t('officer.fiche.title')}
      fields={['objectives', 'priorityNeeds', 'plannedActivities']}
      error={state.error}
      sending={state.fetching}
      label={t('officer.fiche.submit')}
      onSubmit={async () => !(await draft({ id: request.id, input })).error && done()}
    >
      {(problems) => (
        <>
          <Field label={t('officer.fiche.objectives')} required error={problems.objectives}>
            {(p) => <textarea {...p} value={objectives} onChange={(e) => setObjectives(e.target.value)} rows={4} />}
          </Field>
          <Field label={t('officer.fiche.needs')} hint={t('officer.fiche.needsHint')} error={problems.priorityNeeds}>
            {(p) => <textarea {...p} value={needs} onChange={(e) => setNeeds(e.target.value)} rows={3} />}
          </Field>
          <fieldset className="field">
            <legend>{t('officer.fiche.planned')}</legend>
            {problems.plannedActivities && <p className="field-error">{problems.plannedActivities}</p>}
            {TYPES.map((type) => (
              <Field key={type} label={t(`activityTypes.${type}`)}>
                {(p) => (
                  <input
                    {...p}
                    type="number"
                    min={0}
                    max={50}
                    value={counts[type]}
                    onChange={(e) => setCounts({ ...counts, [type]: Number(e.target.value) })}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        </>
      )}
    </Step>
  );
}

export function DecisionForm({ request, outcomes, done }: { request: Request; outcomes: DecisionOutcome[]; done: () => void }) {
  const { t } = useTranslation();
  const [state, decide] = useMutation(DecideRequest);
  const [outcome, setOutcome] = useState<DecisionOutcome>(outcomes[0]);
  const [body, setBody] = useState<DecidingBody>(DecidingBody.DgIntpa);
  const [rationale, setRationale] = useState('');
  return (
    <Step
      title={t('officer.decision.title')}
      fields={['outcome', 'body', 'rationale']}
      error={state.error}
      sending={state.fetching}
      label={t('officer.decision.submit')}
      onSubmit={async () => !(await decide({ id: request.id, input: { outcome, body, rationale } })).error && done()}
    >
      {(problems) => (
        <>
          <fieldset className="field">
            <legend>{t('officer.decision.outcome')}</legend>
            <div className="choices">
              {outcomes.map((o) => (
                <label key={o}>
                  <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} /> {t(`officer.outcomes.${o}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={t('officer.decision.body')} error={problems.body}>
            {(p) => (
              <select {...p} value={body} onChange={(e) => setBody(e.target.value as DecidingBody)}>
                {Object.values(DecidingBody).map((b) => (
                  <option key={b} value={b}>
                    {t(`bodies.${b}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={outcome === DecisionOutcome.RevisionRequested ? t('officer.decision.comments') : t('officer.decision.rationale')}
            required
            error={problems.rationale}
          >
            {(p) => <textarea {...p} value={rationale} onChange={(e) => setRationale(e.target.value)} rows={3} />}
          </Field>
        </>
      )}
    </Step>
  );
}

export function CreateActionForm({ request, done }: { request: Request; done: (reference: string) => void }) {
  const { t } = useTranslation();
  const [state, create] = useMutation(CreateAction);
  return (
    <Step
      title={t('officer.createAction.title')}
      fields={[]}
      error={state.error}
      sending={state.fetching}
      label={t('officer.createAction.submit')}
      onSubmit={async () => {
        const result = await create({ requestId: request.id });
        if (result.data) done(result.data.createAction.reference);
      }}
    />
  );
}
