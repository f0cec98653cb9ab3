import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { useSession } from '../config-context';
import { graphLang, type Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { ErrorNote, Loading } from '../ui/Status';
import { Activities } from './action/Activities';
import { Closing } from './action/Closing';
import { Indicators } from './action/Indicators';
import { ActionWork } from './action/queries';
import { Results } from './action/Results';
import type { Action } from './action/types';
import { SignInFirst } from './officer/common';
import { formatDate } from '../ui/dates';

/** Who, where and when: the Action's reference, status, beneficiary, officer and launch. */
function ActionHeader({ action, lang }: { action: Action; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>
        {action.reference} · {action.title}
      </h1>
      <dl className="facts" data-testid="action-facts">
        <div>
          <dt>{t('action.status')}</dt>
          <dd data-testid="action-status">{t(`actionStatuses.${action.status}`)}</dd>
        </div>
        <div>
          <dt>{t('action.country')}</dt>
          <dd>{action.country?.name ?? action.country?.code ?? '–'}</dd>
        </div>
        <div>
          <dt>{t('action.officer')}</dt>
          <dd>{action.assignedOfficer?.displayName ?? t('officer.unassigned')}</dd>
        </div>
        <div>
          <dt>{t('action.launchTarget')}</dt>
          <dd>
            {formatDate(action.launchTarget, lang)}
            {action.launchedOn && ` · ${t('action.launchedOn', { date: formatDate(action.launchedOn, lang) })}`}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** An Action as its project officer works on it: activities, experts, participation, results, indicators, closing. */
export default function ActionPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { id } = useParams<{ id: string }>();
  const session = useSession();
  const [{ data, error }, reload] = useQuery({ query: ActionWork, variables: { id, lang: graphLang(lang) }, pause: !session });
  const action = data?.action;
  usePageTitle(action ? `${action.reference} ${action.title}` : t('action.title'));
  if (!session) return <SignInFirst title={t('action.title')} />;
  if (error && !data)
    return (
      <>
        <h1>{t('action.title')}</h1>
        <ErrorNote error={error} retry={() => reload({ requestPolicy: 'network-only' })} />
      </>
    );
  if (!data) return <Loading />;
  const back = <Link href={`~/${lang}/requests`}>{t('officer.backToBoard')}</Link>;
  if (!action)
    return (
      <>
        <h1>{t('errors.NOT_FOUND')}</h1>
        {back}
      </>
    );
  const refresh = () => reload({ requestPolicy: 'network-only' });
  return (
    <>
      <p className="crumbs">
        {back}
        {action.request && (
          <>
            {' · '}
            <Link href={`~/${lang}/requests/${action.request.id}`}>{t('action.toRequest')}</Link>
          </>
        )}
      </p>
      <ActionHeader action={action} lang={lang} />
      {error && <ErrorNote error={error} />}
      <Activities action={action} refresh={refresh} />
      <Results action={action} refresh={refresh} />
      <Indicators action={action} refresh={refresh} />
      <Closing action={action} refresh={refresh} />
    </>
  );
}
