import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MyOpenInvitationsQuery } from '../../gql/graphql';
import { ErrorNote, Loading } from '../../ui/Status';
import { formatDate } from '../../ui/dates';

const MyOpenInvitations = graphql(`
  query MyOpenInvitations($lang: Language!) {
    myInvitations(status: [INVITED], first: 20) {
      edges {
        node {
          id
          role
          termsOfReference
          expiresAt
          activity {
            title
            startsOn
            endsOn
            city
            online
            country {
              name(lang: $lang)
            }
          }
        }
      }
    }
  }
`);

const Respond = graphql(`
  mutation RespondToMyInvitation($id: ID!, $accept: Boolean!, $reason: String) {
    respondToInvitation(id: $id, accept: $accept, reason: $reason) {
      id
      status
      deployment {
        id
        status
      }
    }
  }
`);

type Invitation = NonNullable<MyOpenInvitationsQuery['myInvitations']>['edges'][number]['node'];

function Answer({ invitation, lang, answered }: { invitation: Invitation; lang: string; answered: () => void }) {
  const { t } = useTranslation();
  const [state, respond] = useMutation(Respond);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const send = async (accept: boolean) => {
    const result = await respond({ id: invitation.id, accept, reason: accept ? null : reason || null });
    if (!result.error) answered();
  };
  const a = invitation.activity;
  const date = (value: string) => formatDate(value, lang);
  const when = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(invitation.expiresAt));
  return (
    <li className="card invitation" aria-labelledby={`invitation-${invitation.id}`}>
      <h3 id={`invitation-${invitation.id}`}>{a.title}</h3>
      <p>
        {t('mySpace.invitation.what', {
          role: t(`deploymentRoles.${invitation.role}`, { defaultValue: invitation.role }),
          from: date(a.startsOn),
          to: date(a.endsOn),
          place: a.online ? t('mySpace.invitation.online') : [a.city, a.country?.name].filter(Boolean).join(', '),
        })}
      </p>
      <p className="terms">{invitation.termsOfReference}</p>
      <p>
        <strong>{t('mySpace.invitation.answerBy', { when })}</strong>
      </p>
      {declining && (
        <label>
          {t('mySpace.invitation.reason')}
          <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        </label>
      )}
      <p className="actions">
        {!declining ? (
          <>
            <button type="button" disabled={state.fetching} onClick={() => void send(true)}>
              {t('mySpace.invitation.accept')}
            </button>
            <button type="button" className="secondary" disabled={state.fetching} onClick={() => setDeclining(true)}>
              {t('mySpace.invitation.decline')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="danger" disabled={state.fetching} onClick={() => void send(false)}>
              {t('mySpace.invitation.confirmDecline')}
            </button>
            <button type="button" className="secondary" onClick={() => setDeclining(false)}>
              {t('mySpace.invitation.back')}
            </button>
          </>
        )}
      </p>
      <ErrorNote error={state.error} />
    </li>
  );
}

/** The invitations waiting for the expert's answer: accepting makes the deployment, declining frees the dates. */
export function Invitations({ lang, onAnswer }: { lang: string; onAnswer: () => void }) {
  const { t } = useTranslation();
  const [{ data, error, fetching }, reload] = useQuery({ query: MyOpenInvitations, variables: { lang: lang === 'fr' ? 'FR' : 'EN' } });
  const [done, setDone] = useState<string | null>(null);
  const invitations = data?.myInvitations?.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">{t('mySpace.invitation.title')}</h2>
      <p aria-live="polite">{done}</p>
      {error && !data ? (
        <ErrorNote error={error} />
      ) : fetching && !data ? (
        <Loading />
      ) : invitations.length === 0 ? (
        <p>{t('mySpace.invitation.none')}</p>
      ) : (
        <ul className="cards">
          {invitations.map((invitation) => (
            <Answer
              key={invitation.id}
              invitation={invitation}
              lang={lang}
              answered={() => {
                setDone(t('mySpace.invitation.answered', { title: invitation.activity.title }));
                reload({ requestPolicy: 'network-only' });
                onAnswer();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
