import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Lang } from '../../i18n';

/** The ISO date some days before today (the board's "older than"). */
export function daysBefore(days: number, today = new Date()): string {
  return new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

/** What a page for signed-in staff says to a visitor. */
export function SignInFirst({ title }: { title: string }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <p>{t('officer.signInFirst')}</p>
      <p>
        <Link href={`~/${i18n.language as Lang}/sign-in`}>{t('nav.signIn')}</Link>
      </p>
    </>
  );
}
