import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, hasDrafts, LoadingState } from '@gemeente-crm/web-ui';
import { SessionExpiredDialog } from './SessionExpiredDialog';
import { SignInScreen } from './SignInScreen';
import { useMeQuery, useSession } from './session';
import { LOGGED_OUT_FLAG } from './userManager';

/**
 * Renders its children only for a signed-in user whose `/me` is known. Otherwise it shows the
 * right screen: redirect to login (first visit), "U bent uitgelogd", "Sessie verlopen", or a
 * login error. Once the app has been shown it stays mounted when the session ends; a dialog asks
 * to sign in again so nothing typed is lost.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const session = useSession();
  const { t } = useTranslation();
  const [everAuthenticated, setEverAuthenticated] = useState(false);
  const [silentTried, setSilentTried] = useState(false);
  const redirecting = useRef(false);
  const me = useMeQuery(auth.isAuthenticated);

  // Remember that the app has been shown, so an ending session does not unmount it.
  if (auth.isAuthenticated && !everAuthenticated) setEverAuthenticated(true);

  const storedButExpired = Boolean(auth.user?.expired);
  const canRenewSilently = storedButExpired && Boolean(auth.user?.refresh_token);
  const renewing = canRenewSilently && !silentTried;
  const loggedOut = typeof window !== 'undefined' && Boolean(window.sessionStorage.getItem(LOGGED_OUT_FLAG));

  // A stored session whose access token ran out (e.g. laptop asleep): renew quietly if we can.
  useEffect(() => {
    if (auth.isLoading || auth.isAuthenticated || !renewing) return;
    auth
      .signinSilent()
      .catch(() => undefined)
      .finally(() => setSilentTried(true));
  }, [auth, renewing]);

  const shouldAutoRedirect = !auth.isLoading && !auth.activeNavigator && !auth.isAuthenticated && !everAuthenticated && !auth.error && !loggedOut && !storedButExpired;
  useEffect(() => {
    if (!shouldAutoRedirect || redirecting.current) return;
    redirecting.current = true;
    void session.signInRedirect().catch(() => {
      redirecting.current = false;
    });
  }, [shouldAutoRedirect, session]);

  if (auth.isAuthenticated || everAuthenticated) {
    if (me.isPending && !me.data) return <LoadingState label={t('app.loading')} minHeight="100vh" />;
    if (me.isError && !me.data) {
      return (
        <main>
          <ErrorState error={me.error} onRetry={() => void me.refetch()} />
        </main>
      );
    }
    return (
      <>
        {children}
        <SessionExpiredDialog open={session.expired || (!auth.isAuthenticated && !auth.isLoading && !auth.activeNavigator)} />
      </>
    );
  }
  if (auth.isLoading || renewing) return <SignInScreen state="processing" />;
  if (auth.error) return <SignInScreen state="error" onSignIn={() => void session.signInRedirect()} />;
  if (loggedOut) return <SignInScreen state="logged-out" onSignIn={() => void session.signInRedirect('/')} />;
  if (storedButExpired) {
    return <SignInScreen state="expired" note={hasDrafts() ? t('auth.expiredDraftsKept') : undefined} onSignIn={() => void session.signInRedirect()} />;
  }
  return <SignInScreen state="redirecting" onSignIn={() => void session.signInRedirect()} />;
}
