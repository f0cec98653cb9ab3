import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { InvitationStatus } from '../../gql/graphql';
import { ErrorNote } from '../../ui/Status';
import { WithdrawInvitation } from './mutations';
import type { Activity } from './types';

type Invitation = NonNullable<Activity['invitations']>['edges'][number]['node'];

function WithdrawButton({ invitation, done }: { invitation: Invitation; done: () => void }) {
  const { t } = useTranslation();
  const [state, withdraw] = useMutation(WithdrawInvitation);
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={state.fetching}
        onClick={() => void withdraw({ id: invitation.id, reason: null }).then((result) => !result.error && done())}
      >
        {t('action.experts.withdraw', { name: invitation.expert.displayName })}
      </button>
      <ErrorNote error={state.error} />
    </>
  );
}

/** The activity's invitations (with where each stands) and the deployments their acceptance made. */
export function Experts({ activity, done }: { activity: Activity; done: () => void }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const invitations = activity.invitations?.edges.map((e) => e.node) ?? [];
  const deployments = activity.deployments.edges.map((e) => e.node);
  return (
    <div className="activity-experts">
      <h4>{t('action.experts.invitations')}</h4>
      {invitations.length === 0 ? (
        <p>{t('action.experts.noInvitation')}</p>
      ) : (
        <ul className="plain" data-testid={`invitations-${activity.id}`}>
          {invitations.map((i) => (
            <li key={i.id}>
              <strong>{i.expert.displayName}</strong>, {t(`deploymentRoles.${i.role}`)}: {t(`action.invitationStatus.${i.status}`)}
              {i.status === InvitationStatus.Invited && ` ${t('action.experts.until', { when: when.format(new Date(i.expiresAt)) })}`}
              {i.reason && ` · ${i.reason}`}
              {i.availabilityOverrideReason && <span className="note"> · {t('action.experts.overridden', { reason: i.availabilityOverrideReason })}</span>}
              {i.status === InvitationStatus.Invited && (
                <>
                  {' '}
                  <WithdrawButton invitation={i} done={done} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4>{t('action.experts.deployments')}</h4>
      {deployments.length === 0 ? (
        <p>{t('action.experts.noDeployment')}</p>
      ) : (
        <ul className="plain" data-testid={`deployments-${activity.id}`}>
          {deployments.map((d) => (
            <li key={d.id}>
              <strong>{d.expert?.displayName ?? '–'}</strong>, {t(`deploymentRoles.${d.role}`)}: {t(`action.deploymentStatus.${d.status}`)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
