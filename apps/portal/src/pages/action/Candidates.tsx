import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DeploymentRole, type ActivityCandidatesQuery } from '../../gql/graphql';
import { errorReason } from '../../graph';
import { graphLang, type Lang } from '../../i18n';
import { Field } from '../../ui/Field';
import { ErrorNote, Loading } from '../../ui/Status';
import { Step } from '../../ui/Step';
import { TableScroll } from '../../ui/TableScroll';
import { ActivityCandidates } from './queries';
import { InviteExpert } from './mutations';
import type { Activity } from './types';

type Candidate = NonNullable<NonNullable<ActivityCandidatesQuery['activity']>['candidateExperts']>['edges'][number]['node'];

/** Invites a candidate with a role and terms of reference; refused outside their availability, asks why the dates are kept. */
function InviteForm({ activity, candidate, done }: { activity: Activity; candidate: Candidate; done: () => void }) {
  const { t } = useTranslation();
  const [state, invite] = useMutation(InviteExpert);
  const [role, setRole] = useState<DeploymentRole>(DeploymentRole.LeadExpert);
  const [terms, setTerms] = useState('');
  const [override, setOverride] = useState<string | null>(null);
  const outside = errorReason(state.error) === 'OUTSIDE_AVAILABILITY';
  const name = candidate.expert.displayName ?? candidate.expert.id;
  return (
    <Step
      level={4}
      title={t('action.invite.title', { name })}
      fields={['role', 'termsOfReference', 'overrideAvailability']}
      error={state.error}
      sending={state.fetching}
      label={outside || override !== null ? t('action.invite.submitOverride') : t('action.invite.submit')}
      onSubmit={async () => {
        const result = await invite({
          activityId: activity.id,
          expertId: candidate.expert.id,
          role,
          termsOfReference: terms,
          overrideAvailability: override !== null ? { reason: override } : null,
        });
        if (errorReason(result.error) === 'OUTSIDE_AVAILABILITY' && override === null) setOverride('');
        if (!result.error) done();
      }}
    >
      {(problems) => (
        <>
          <Field label={t('action.invite.role')} error={problems.role}>
            {(p) => (
              <select {...p} value={role} onChange={(e) => setRole(e.target.value as DeploymentRole)}>
                {Object.values(DeploymentRole).map((r) => (
                  <option key={r} value={r}>
                    {t(`deploymentRoles.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('action.invite.terms')} hint={t('action.invite.termsHint')} required error={problems.termsOfReference}>
            {(p) => <textarea {...p} rows={3} value={terms} onChange={(e) => setTerms(e.target.value)} />}
          </Field>
          {override !== null && (
            <Field label={t('action.invite.override')} hint={t('action.invite.overrideHint')} required error={problems.overrideAvailability}>
              {(p) => <input {...p} value={override} onChange={(e) => setOverride(e.target.value)} />}
            </Field>
          )}
        </>
      )}
    </Step>
  );
}

/** The criteria of the candidates, in the order the graph gives them (heaviest first, the tie-break last). */
function criteriaOf(candidates: Candidate[]) {
  const codes = new Map<string, number>();
  for (const c of candidates) for (const r of c.reasons) if (!codes.has(r.code)) codes.set(r.code, r.weight);
  return [...codes];
}

/** The experts ranked for an activity, side by side: each one's score and, criterion by criterion, why. */
export function Candidates({ activity, done }: { activity: Activity; done: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [{ data, error }] = useQuery({ query: ActivityCandidates, variables: { id: activity.id, lang: graphLang(lang) } });
  const [chosen, setChosen] = useState<string | null>(null);
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const score = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  if (error && !data?.activity?.candidateExperts) return <ErrorNote error={error} />;
  if (!data) return <Loading />;
  const candidates = data.activity?.candidateExperts?.edges.map((e) => e.node) ?? [];
  if (candidates.length === 0) return <p>{t('action.candidates.none')}</p>;
  const candidate = candidates.find((c) => c.expert.id === chosen);
  const label = t('action.candidates.table', { title: activity.title });
  return (
    <>
      <TableScroll label={label}>
        <table className="candidates" data-testid={`candidates-${activity.id}`}>
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('action.candidates.criterion')}</th>
              {candidates.map((c) => (
                <th scope="col" key={c.expert.id}>
                  {t('action.candidates.rank', { rank: c.rank })} {c.expert.displayName}
                  <br />
                  <span className="score">{t('action.candidates.score', { score: score.format(c.score) })}</span>
                  <br />
                  <button type="button" className="secondary" onClick={() => setChosen(c.expert.id)} aria-pressed={chosen === c.expert.id}>
                    {t('action.candidates.invite', { name: c.expert.displayName })}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteriaOf(candidates).map(([code, weight]) => (
              <tr key={code}>
                <th scope="row">
                  {t(`action.criteria.${code}`, { defaultValue: code })} <span className="weight">({percent.format(weight)})</span>
                </th>
                {candidates.map((c) => {
                  const reason = c.reasons.find((r) => r.code === code);
                  return <td key={c.expert.id}>{reason ? `${reason.message} (${score.format(reason.score)})` : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {candidate && <InviteForm key={candidate.expert.id} activity={activity} candidate={candidate} done={done} />}
    </>
  );
}
