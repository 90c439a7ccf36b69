import { Navigate, useLocation } from 'react-router';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { SignInScreen } from './SignInScreen';
import { useSession } from './session';

/**
 * `/auth/callback`: react-oidc-context exchanges the code (PKCE) and `onSigninCallback`
 * navigates back to where the user was. This page covers the moments around it.
 */
export function AuthCallbackPage() {
  const auth = useAuth();
  const session = useSession();
  // The router's location, not window.location: the latter already moves on while this page
  // is still rendered, and must not trigger a second navigation to "/".
  const location = useLocation();
  const callbackInUrl = hasAuthParams({ search: location.search, hash: location.hash } as Location);
  if (auth.error) return <SignInScreen state="error" onSignIn={() => void session.signInRedirect('/')} />;
  // While the code/state are still in the URL, onSigninCallback is about to navigate back.
  if (auth.isLoading || auth.activeNavigator || callbackInUrl) return <SignInScreen state="processing" />;
  if (auth.isAuthenticated) return <Navigate to="/" replace />;
  return <SignInScreen state="start" onSignIn={() => void session.signInRedirect('/')} />;
}
