import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../config-context';
import { graphql } from '../gql';
import { fieldProblems } from '../graph';
import type { Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { Invitations } from './expert/Invitations';
import { formatDate } from '../ui/dates';

const MyProfile = graphql(`
  query MyProfile($id: ID!) {
    expert(id: $id) {
      id
      displayName
      status
      email
      phone
      erased
      thematicAreas
      languages
      regions
      availability {
        from
        to
      }
      consent {
        givenAt
        noticeVersion
        withdrawnAt
      }
      deployments(first: 50) {
        edges {
          node {
            id
            role
            status
            activity {
              title
              startsOn
              endsOn
            }
          }
        }
      }
    }
  }
`);

// Everything the graph keeps about the expert, each service's part (right of access).
const MyData = graphql(`
  query MyPersonalData {
    myPersonalData {
      expertId
      roster
      invitations
      deployments
      appraisals
    }
  }
`);

const SetAvailability = graphql(`
  mutation SetMyAvailability($periods: [AvailabilityInput!]!) {
    setMyAvailability(periods: $periods) {
      id
      availability {
        from
        to
      }
    }
  }
`);

const WithdrawConsent = graphql(`
  mutation WithdrawConsent {
    withdrawConsent {
      id
      status
      consent {
        withdrawnAt
      }
    }
  }
`);

const Erase = graphql(`
  mutation EraseMe($id: ID!) {
    eraseExpert(id: $id) {
      id
      erased
      displayName
    }
  }
`);

/** A destructive step asked twice: the button opens a confirmation that says what will happen. */
function Confirmed({ label, warning, confirm, onConfirm, busy }: { label: string; warning: string; confirm: string; onConfirm: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="confirm" role="alertdialog" aria-label={label}>
      <p>{warning}</p>
      <button type="button" className="danger" onClick={onConfirm} disabled={busy} autoFocus>
        {confirm}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        {t('form.cancel')}
      </button>
    </div>
  );
}

export default function ExpertSpace() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('mySpace.title'));
  const session = useSession();
  const client = useClient();
  const id = session?.expertId ?? '';
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyProfile, variables: { id }, pause: !id });
  const [availability, setAvailability] = useMutation(SetAvailability);
  const [withdrawal, withdraw] = useMutation(WithdrawConsent);
  const [erasure, erase] = useMutation(Erase);
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [download, setDownload] = useState<string | null>(null);
  const date = (value: string | null | undefined) => (value ? formatDate(value, lang) : '–');

  if (!session?.roles.includes('EXPERT') || !id) {
    return (
      <>
        <h1>{t('mySpace.title')}</h1>
        <p>{t('mySpace.signInFirst')}</p>
        <Link href={`~/${lang}/sign-in`}>{t('nav.signIn')}</Link>
      </>
    );
  }
  if (fetching && !data) return <Loading />;
  const expert = data?.expert;
  if (!expert) return <ErrorNote error={error} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const prepareDownload = async () => {
    const result = await client.query(MyData, {}, { requestPolicy: 'network-only' }).toPromise();
    const data = result.data?.myPersonalData;
    if (data) setDownload(`data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(data, null, 2))}`);
  };
  // The expert reads their whole profile; the graph answers null for anyone else.
  const periods = expert.availability ?? [];
  const addPeriod = async () => {
    await setAvailability({ periods: [...periods.map(({ from, to }) => ({ from, to })), period] });
    setPeriod({ from: '', to: '' });
  };
  const availabilityProblems = fieldProblems(availability.error);

  return (
    <>
      <h1>{t('mySpace.welcome', { name: expert.displayName })}</h1>
      {expert.erased && <p className="notice">{t('mySpace.erased')}</p>}
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{t('mySpace.profile')}</h2>
        <dl className="receipt">
          <dt>{t('expert.status')}</dt>
          <dd data-testid="roster-status">{t(`rosterStatus.${expert.status}`)}</dd>
          <dt>{t('form.email')}</dt>
          <dd>{expert.email ?? '–'}</dd>
          <dt>{t('expert.languages')}</dt>
          <dd>{(expert.languages ?? []).map((l) => t(`languages.${l}`, { defaultValue: l })).join(', ') || '–'}</dd>
          <dt>{t('expert.regions')}</dt>
          <dd>{(expert.regions ?? []).map((r) => t(`regions.${r}`)).join(', ') || '–'}</dd>
          <dt>{t('mySpace.consent')}</dt>
          <dd>
            {expert.consent
              ? expert.consent.withdrawnAt
                ? t('mySpace.consentWithdrawn', { date: date(expert.consent.withdrawnAt) })
                : t('mySpace.consentGiven', { date: date(expert.consent.givenAt), version: expert.consent.noticeVersion })
              : '–'}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="availability-title">
        <h2 id="availability-title">{t('expert.availability')}</h2>
        <ul>
          {periods.map((a) => (
            <li key={a.from + a.to}>{t('mySpace.period', { from: date(a.from), to: date(a.to) })}</li>
          ))}
          {periods.length === 0 && <li>{t('mySpace.noAvailability')}</li>}
        </ul>
        <div className="inline-form">
          <label>
            {t('form.from')} <input type="date" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.target.value })} />
          </label>
          <label>
            {t('form.to')} <input type="date" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.target.value })} />
          </label>
          <button type="button" onClick={() => void addPeriod()} disabled={!period.from || !period.to || availability.fetching}>
            {t('mySpace.addPeriod')}
          </button>
        </div>
        {availabilityProblems.map((p) => (
          <p key={p.field} className="field-error" role="alert">
            {p.message}
          </p>
        ))}
      </section>
      <Invitations lang={lang} onAnswer={() => refetch({ requestPolicy: 'network-only' })} />
      <section aria-labelledby="deployments-title">
        <h2 id="deployments-title">{t('mySpace.deployments')}</h2>
        {!expert.deployments ? (
          <p>{t('errors.SERVICE_UNAVAILABLE')}</p>
        ) : expert.deployments.edges.length === 0 ? (
          <p>{t('mySpace.noDeployments')}</p>
        ) : (
          <ul>
            {expert.deployments.edges.map(({ node: d }) => (
              <li key={d.id}>
                {d.activity.title} ({date(d.activity.startsOn)} – {date(d.activity.endsOn)}), {t(`deploymentRoles.${d.role}`, { defaultValue: d.role })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('mySpace.yourData')}</h2>
        <p>{t('mySpace.yourDataHint')}</p>
        {download ? (
          <a className="button" href={download} download={`mieux-expert-${expert.id}.json`} data-testid="download-data">
            {t('mySpace.downloadReady')}
          </a>
        ) : (
          <button type="button" onClick={() => void prepareDownload()}>
            {t('mySpace.download')}
          </button>
        )}
        {!expert.consent?.withdrawnAt && !expert.erased && (
          <Confirmed
            label={t('mySpace.withdraw')}
            warning={t('mySpace.withdrawWarning')}
            confirm={t('mySpace.withdrawConfirm')}
            busy={withdrawal.fetching}
            onConfirm={() => void withdraw({})}
          />
        )}
        {!expert.erased && (
          <Confirmed
            label={t('mySpace.erase')}
            warning={t('mySpace.eraseWarning')}
            confirm={t('mySpace.eraseConfirm')}
            busy={erasure.fetching}
            onConfirm={() => void erase({ id: expert.id })}
          />
        )}
        <ErrorNote error={withdrawal.error ?? erasure.error} />
      </section>
    </>
  );
}
