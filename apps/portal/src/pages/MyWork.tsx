import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useSession } from '../config-context';
import type { Lang } from '../i18n';
import { usePageTitle } from '../ui/page-title';
import { SignInFirst } from './officer/common';
import { MyActions } from './officer/MyActions';
import { MyRequests } from './officer/MyRequests';
import './officer/my-work.css';

/** A project officer's own work: the requests and the Actions assigned to them. */
export default function MyWork() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const session = useSession();
  usePageTitle(t('mine.title'));
  if (!session) return <SignInFirst title={t('mine.title')} />;
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p className="lead">
        {t('mine.lead', { sub: session.sub })} <Link href={`~/${lang}/calendar`}>{t('mine.calendarLink')}</Link>
      </p>
      <MyRequests lang={lang} />
      <MyActions lang={lang} />
    </>
  );
}
