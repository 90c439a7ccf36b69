import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserManager } from 'oidc-client-ts';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';
import { type Me, type Role, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { clearAllDrafts } from '@gemeente-crm/web-ui';
import { sessionEvents } from './events';
import { hasPermission, type Permission } from './permissions';
import { currentLocation, LOGGED_OUT_FLAG } from './userManager';

export interface Session {
  /** The signed-in user as the API sees them (`GET /api/v1/me`); undefined while loading. */
  me: Me | undefined;
  roles: readonly Role[];
  can: (permission: Permission) => boolean;
  /** The session ended while the app was open (token expired, renewal failed, API said 401). */
  expired: boolean;
  signOut: () => Promise<void>;
  /** Signs in again without leaving the page (popup); 'popup-blocked' when the browser refused. */
  reauthenticate: () => Promise<'ok' | 'popup-blocked'>;
  signInRedirect: (returnTo?: string) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export const ME_QUERY_KEY = ['session', 'me'] as const;

export function useMeQuery(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ME_QUERY_KEY,
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/me', { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}

function SessionState({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const [expired, setExpired] = useState(false);
  const renewing = useRef<Promise<unknown> | null>(null);
  const me = useMeQuery(auth.isAuthenticated);

  // A 401 from the API: try one silent renewal with the refresh token before calling the session
  // expired. Without a refresh token there is nothing quiet to try (no hidden iframe: browsers
  // block the identity provider's cookies there), so the user is asked to sign in again.
  useEffect(
    () =>
      sessionEvents.onUnauthorized(() => {
        if (renewing.current) return;
        if (!auth.user?.refresh_token) {
          setExpired(true);
          return;
        }
        renewing.current = auth
          .signinSilent()
          .then((user) => {
            if (!user) throw new Error('no user');
            void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
          })
          .catch(() => setExpired(true))
          .finally(() => {
            renewing.current = null;
          });
      }),
    [auth, queryClient],
  );

  useEffect(() => {
    const onExpired = () => setExpired(true);
    const onLoaded = () => {
      setExpired(false);
      void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error' });
    };
    const removeExpired = auth.events.addAccessTokenExpired(onExpired);
    const removeLoaded = auth.events.addUserLoaded(onLoaded);
    return () => {
      removeExpired();
      removeLoaded();
    };
  }, [auth.events, queryClient]);

  const signOut = useCallback(async () => {
    window.sessionStorage.setItem(LOGGED_OUT_FLAG, '1');
    clearAllDrafts();
    // No queryClient.clear() here: it would refetch without a token; leaving the page drops the cache.
    await queryClient.cancelQueries();
    try {
      await auth.signoutRedirect({ id_token_hint: auth.user?.id_token });
    } catch {
      await auth.removeUser();
      window.location.assign('/');
    }
  }, [auth, queryClient]);

  const reauthenticate = useCallback(async (): Promise<'ok' | 'popup-blocked'> => {
    try {
      await auth.signinPopup();
      setExpired(false);
      return 'ok';
    } catch {
      return 'popup-blocked';
    }
  }, [auth]);

  const signInRedirect = useCallback(
    async (returnTo = currentLocation()) => {
      window.sessionStorage.removeItem(LOGGED_OUT_FLAG);
      await auth.signinRedirect({ state: { returnTo } });
    },
    [auth],
  );

  const value = useMemo<Session>(() => {
    const roles = me.data?.roles ?? [];
    return {
      me: me.data,
      roles,
      can: (permission) => hasPermission(roles, permission),
      expired,
      signOut,
      reauthenticate,
      signInRedirect,
    };
  }, [me.data, expired, signOut, reauthenticate, signInRedirect]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export interface SessionProviderProps {
  userManager: UserManager;
  /** Called after the login redirect returned; navigate to `returnTo` from the state. */
  onSigninCallback: (returnTo: string) => void;
  children: ReactNode;
}

/** OIDC (react-oidc-context) plus the session as the SPA needs it: user, roles, expiry, logout. */
export function SessionProvider({ userManager, onSigninCallback, children }: SessionProviderProps) {
  const handleSignin = useCallback(
    (user: User | undefined) => {
      window.sessionStorage.removeItem(LOGGED_OUT_FLAG);
      const state = user?.state as { returnTo?: string } | undefined;
      onSigninCallback(state?.returnTo ?? '/');
    },
    [onSigninCallback],
  );
  return (
    <AuthProvider
      userManager={userManager}
      onSigninCallback={handleSignin}
      matchSignoutCallback={() => window.location.pathname === '/' && new URLSearchParams(window.location.search).has('state') && Boolean(window.sessionStorage.getItem(LOGGED_OUT_FLAG))}
      onSignoutCallback={() => window.history.replaceState(window.history.state, '', '/')}
    >
      <SessionState>{children}</SessionState>
    </AuthProvider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a <SessionProvider> above it');
  return session;
}

/** For tests and stories: a fixed session without OIDC. */
export function StaticSessionProvider({ session, children }: { session: Partial<Session> & { roles: readonly Role[] }; children: ReactNode }) {
  const value = useMemo<Session>(
    () => ({
      me: { id: 'u-1', displayName: 'Test Gebruiker', roles: [...session.roles] },
      expired: false,
      signOut: async () => undefined,
      reauthenticate: async () => 'ok',
      signInRedirect: async () => undefined,
      can: (permission) => hasPermission(session.roles, permission),
      ...session,
    }),
    [session],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
