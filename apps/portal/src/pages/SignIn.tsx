import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useConfig } from '../config-context';
import type { Lang } from '../i18n';
import { openSession, sessionFromToken, worksWithPortfolio } from '../session';
import { usePageTitle } from '../ui/page-title';
import { LAST_APPLICATION } from './BecomeExpert';

const ROLES = ['EXPERT', 'PARTNER', 'PROJECT_OFFICER', 'STEERING_COMMITTEE', 'ANALYST', 'ADMIN'] as const;

/** The page a role lands on after signing in. */
export function landingOf(lang: Lang, roles: readonly string[]): string {
  if (roles.includes('EXPERT')) return `~/${lang}/my-space`;
  if (roles.includes('PARTNER')) return `~/${lang}/partner`;
  if (roles.includes('PROJECT_OFFICER')) return `~/${lang}/requests`;
  if (roles.includes('STEERING_COMMITTEE')) return `~/${lang}/decisions`;
  if (worksWithPortfolio(roles)) return `~/${lang}/analysis`;
  return `~/${lang}`;
}

/** In development only: a role picker that asks the gateway's /dev/token for a token. */
function DevelopmentSignIn({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const config = useConfig();
  const [, navigate] = useLocation();
  const last = JSON.parse(localStorage.getItem(LAST_APPLICATION) ?? 'null') as { id: string; email: string } | null;
  const [role, setRole] = useState<string>(last ? 'EXPERT' : 'PARTNER');
  const [sub, setSub] = useState(last?.email ?? '');
  const [expertId, setExpertId] = useState(last?.id ?? '');
  const [org, setOrg] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const response = await fetch(new URL('/dev/token', config.graphUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          role,
          ...(sub ? { sub: sub.trim() } : {}),
          ...(role === 'EXPERT' && expertId ? { expertId: expertId.trim() } : {}),
          ...(role === 'PARTNER' && org ? { org: org.trim() } : {}),
        }),
      });
      const body = (await response.json()) as { token?: string; errors?: { message: string }[] };
      if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? String(response.status));
      const session = sessionFromToken(body.token, 'development');
      openSession(session);
      navigate(landingOf(lang, session.roles));
    } catch (error) {
      setProblem((error as Error).message);
    }
  };

  return (
    <section aria-labelledby="dev-title" className="dev">
      <h2 id="dev-title">{t('signIn.devTitle')}</h2>
      <p>{t('signIn.devHint')}</p>
      <form onSubmit={(e) => void submit(e)} className="form">
        <div className="field">
          <label htmlFor="dev-role">{t('signIn.role')}</label>
          <select id="dev-role" value={role} onChange={(e) => setRole(e.target.value)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="dev-sub">{t('form.email')}</label>
          <input id="dev-sub" type="email" value={sub} onChange={(e) => setSub(e.target.value)} autoComplete="email" />
        </div>
        {role === 'EXPERT' && (
          <div className="field">
            <label htmlFor="dev-expert">{t('expert.applicationNumber')}</label>
            <input id="dev-expert" value={expertId} onChange={(e) => setExpertId(e.target.value)} />
          </div>
        )}
        {role === 'PARTNER' && (
          <div className="field">
            <label htmlFor="dev-org">{t('signIn.institution')}</label>
            <input id="dev-org" value={org} onChange={(e) => setOrg(e.target.value)} />
          </div>
        )}
        {problem && (
          <p className="error" role="alert">
            {t('signIn.devFailed', { problem })}
          </p>
        )}
        <button type="submit">{t('signIn.devSubmit')}</button>
      </form>
    </section>
  );
}

export default function SignIn() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  usePageTitle(t('signIn.title'));
  const config = useConfig();
  const [problem, setProblem] = useState<string | null>(null);
  const signIn = async () => {
    try {
      const { userManager } = await import('../oidc');
      sessionStorage.setItem('mieux.signInLang', lang);
      await userManager(config.oidc!).signinRedirect();
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p className="lead">{t('signIn.lead')}</p>
      {config.oidc ? (
        <button type="button" onClick={() => void signIn()}>
          {t('signIn.withProvider')}
        </button>
      ) : (
        <p>{t('signIn.noProvider')}</p>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {config.devSignIn && <DevelopmentSignIn lang={lang} />}
    </>
  );
}
