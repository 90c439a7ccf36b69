import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { ClientConfig } from '@gemeente-crm/web-api-client';

export const CALLBACK_PATH = '/auth/callback';
export const LOGGED_OUT_FLAG = 'gemeente-crm.logged-out';

/**
 * OpenID Connect authorization code + PKCE against the issuer the API trusts (Entra ID in
 * production, the API's local provider in development). Tokens live in sessionStorage (this
 * tab); renewal uses the refresh token (`offline_access`) before the access token expires.
 */
export function createUserManager(oidc: ClientConfig['oidc'], origin = window.location.origin): UserManager {
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    scope: oidc.scope,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    popup_redirect_uri: `${origin}${CALLBACK_PATH}`,
    silent_redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    loadUserInfo: false,
    monitorSession: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Only same-origin paths are valid places to return to after login (no open redirects). */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.startsWith(CALLBACK_PATH)) return '/';
  return value;
}

export function currentLocation(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}
