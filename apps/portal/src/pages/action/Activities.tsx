import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ActivityStatus } from '../../gql/graphql';
import { ErrorNote } from '../../ui/Status';
import { RescheduleForm, ScheduleDraftForm } from './ActivityDates';
import { Candidates } from './Candidates';
import { Experts } from './Experts';
import { EvaluationLinks, EvaluationSummary, ParticipationForm } from './Participation';
import { SetActivityStatus } from './mutations';
import type { Action, Activity } from './types';
import { formatDate } from '../../ui/dates';

/** The status moves the activity allows, each a button. */
function StatusMoves({ activity, done }: { activity: Activity; done: () => void }) {
  const { t } = useTranslation();
  const [state, move] = useMutation(SetActivityStatus);
  if (activity.allowedTransitions.length === 0) return null;
  return (
    <div className="moves">
      {activity.allowedTransitions.map((status) => (
        <button
          key={status}
          type="button"
          className={status === ActivityStatus.Cancelled ? 'secondary' : undefined}
          disabled={state.fetching}
          onClick={() => void move({ id: activity.id, status }).then((result) => !result.error && done())}
        >
          {t(`action.moves.${status}`)}
        </button>
      ))}
      <ErrorNote error={state.error} />
    </div>
  );
}

function ActivityCard({ activity, refresh }: { activity: Activity; refresh: () => void }) {
  const { t, i18n } = useTranslation();
  const [candidates, setCandidates] = useState(false);
  const [invited, setInvited] = useState(false);
  const open = activity.status === ActivityStatus.Planned || activity.status === ActivityStatus.Confirmed;
  const place = activity.online ? t('action.activity.online') : [activity.city, activity.country?.name ?? activity.countryCode].filter(Boolean).join(', ');
  const participation = activity.participation;
  return (
    <li className="card activity" aria-labelledby={`activity-${activity.id}`} data-activity={activity.id}>
      <h3 id={`activity-${activity.id}`}>{activity.title}</h3>
      <p>
        {t(`activityTypes.${activity.type}`)} · {t(`action.formats.${activity.format}`)} ·{' '}
        {t('action.activity.dates', { from: formatDate(activity.startsOn, i18n.language), to: formatDate(activity.endsOn, i18n.language) })} · {place} ·{' '}
        <strong data-testid="activity-status">{t(`activityStatus.${activity.status}`)}</strong>
      </p>
      <StatusMoves activity={activity} done={refresh} />
      {open && (
        <details>
          <summary>{t('action.dates.reschedule')}</summary>
          <RescheduleForm activity={activity} done={refresh} />
        </details>
      )}
      <Experts activity={activity} done={refresh} />
      {open && (
        <div className="candidates-block">
          {invited && (
            <p className="ok" role="status">
              {t('action.invite.done')}
            </p>
          )}
          <button type="button" className="secondary" aria-expanded={candidates} onClick={() => setCandidates(!candidates)}>
            {candidates ? t('action.candidates.hide') : t('action.candidates.show')}
          </button>
          {candidates && (
            <Candidates
              activity={activity}
              done={() => {
                setCandidates(false);
                setInvited(true);
                refresh();
              }}
            />
          )}
        </div>
      )}
      <h4>{t('action.participation.heading')}</h4>
      <p data-testid={`participation-${activity.id}`}>
        {participation
          ? t('action.participation.recorded', {
              total: participation.total,
              women: participation.women,
              men: participation.men,
              undisclosed: participation.undisclosed,
            })
          : t('action.participation.none')}
      </p>
      {activity.status === ActivityStatus.Held ? (
        <details>
          <summary>{participation ? t('action.participation.replace') : t('action.participation.title')}</summary>
          <ParticipationForm key={participation?.total ?? 'none'} activity={activity} done={refresh} />
        </details>
      ) : (
        <p>{t('action.participation.onceHeld')}</p>
      )}
      <h4>{t('action.evaluation.heading')}</h4>
      <EvaluationSummary activity={activity} />
      {activity.status === ActivityStatus.Held ? <EvaluationLinks activity={activity} /> : <p>{t('action.evaluation.onceHeld')}</p>}
    </li>
  );
}

/** The Action's activities: the fiche's drafts to date, then the activities by start date. */
export function Activities({ action, refresh }: { action: Action; refresh: () => void }) {
  const { t } = useTranslation();
  const drafts = action.activityDrafts.filter((d) => !d.activity);
  const activities = action.activities.edges.map((e) => e.node);
  return (
    <section aria-labelledby="activities-title">
      <h2 id="activities-title">{t('action.activities', { count: action.activities.totalCount })}</h2>
      {drafts.length > 0 && (
        <div className="drafts">
          <p>{t('action.drafts', { count: drafts.length })}</p>
          {drafts.map((draft) => (
            <ScheduleDraftForm key={draft.id} draft={draft} countryCode={action.country?.code ?? ''} done={refresh} />
          ))}
        </div>
      )}
      {activities.length === 0 ? (
        <p>{t('action.noActivity')}</p>
      ) : (
        <ul className="plain activity-list">
          {activities.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} refresh={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
