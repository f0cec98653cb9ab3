import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { useSession } from '../config-context';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { Pager } from '../ui/Pager';
import { ErrorNote, Loading } from '../ui/Status';
import { SignInFirst } from './officer/common';
import { DecisionQueue } from './officer/queries';

/** The Steering Committee's queue: every Action Fiche waiting for a decision, with what to decide on. */
export default function Decisions() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const session = useSession();
  const [after, setAfter] = useState<(string | null)[]>([null]);
  usePageTitle(t('decisions.title'));
  const [{ data, error }] = useQuery({ query: DecisionQueue, variables: { lang: graphLang(lang), after: after.at(-1) ?? null }, pause: !session });
  if (!session) return <SignInFirst title={t('decisions.title')} />;
  if (error && !data) return <ErrorNote error={error} />;
  if (!data?.requests) return <Loading />;
  const { requests } = data;
  return (
    <>
      <h1>{t('decisions.title')}</h1>
      <p className="lead">{t('decisions.lead', { count: requests.totalCount })}</p>
      <ul className="cards queue">
        {requests.edges.map(({ node: r }) => (
          <li key={r.id} className="card">
            <h2>
              <Link href={`~/${lang}/requests/${r.id}`}>
                {r.reference} · {r.title}
              </Link>
            </h2>
            <p>
              {r.country.name} · {t('officer.since', { date: r.expressionOfInterestOn })} · {r.assignedOfficer?.displayName ?? t('officer.unassigned')} ·{' '}
              {r.eligibility?.eligible ? t('requestStatus.ELIGIBLE') : t('requestStatus.INELIGIBLE')}
            </p>
            {r.actionFiche && (
              <>
                <p>
                  <strong>{t('officer.ficheVersion', { version: r.actionFiche.version })}</strong> {r.actionFiche.objectives}
                </p>
                <p>{r.actionFiche.plannedActivities.map((p) => `${p.count} × ${t(`activityTypes.${p.type}`)}`).join(', ')}</p>
              </>
            )}
          </li>
        ))}
      </ul>
      <Pager cursors={after} endCursor={requests.pageInfo.endCursor} hasNextPage={requests.pageInfo.hasNextPage} onChange={setAfter} />
    </>
  );
}
