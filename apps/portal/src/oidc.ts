import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { PortalConfig } from './config';

/**
 * OpenID Connect with PKCE (authorization code flow) against the identity provider the gateway trusts:
 * oidc-client-ts makes the verifier, keeps the state in the tab, and exchanges the code for tokens.
 */
export function userManager(oidc: NonNullable<PortalConfig['oidc']>): UserManager {
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: `${window.location.origin}/sign-in/callback`,
    post_logout_redirect_uri: window.location.origin,
    response_type: 'code',
    scope: oidc.scope,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}
