import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useConfig } from '../config-context';
import { isLang } from '../i18n';
import { userManager } from '../oidc';
import { openSession, sessionFromToken } from '../session';
import { Loading } from '../ui/Status';
import { landingOf } from './SignIn';

/** Back from the identity provider: the code is exchanged (PKCE) and the access token becomes the session. */
export default function SignInCallback() {
  const { t } = useTranslation();
  const config = useConfig();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!config.oidc) return;
    userManager(config.oidc)
      .signinRedirectCallback()
      .then((user) => {
        const session = sessionFromToken(user.access_token, 'oidc');
        openSession(session);
        const stored = sessionStorage.getItem('mieux.signInLang') ?? undefined;
        navigate(landingOf(isLang(stored) ? stored : 'en', session.roles), { replace: true });
      })
      .catch((error: Error) => setProblem(error.message));
  }, [config.oidc, navigate]);
  if (!config.oidc || problem) {
    return (
      <p className="error" role="alert">
        {t('signIn.failed', { problem: problem ?? t('signIn.noProvider') })}
      </p>
    );
  }
  return <Loading />;
}
