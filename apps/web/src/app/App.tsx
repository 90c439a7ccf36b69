import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import type { UserManager } from 'oidc-client-ts';
import { useMemo, useState } from 'react';
import { createBrowserRouter, type DataRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiClientProvider, type ClientConfig, createApiClient, unwrap } from '@gemeente-crm/web-api-client';
import { createUserManager, safeReturnTo, sessionEvents, SessionProvider } from '@gemeente-crm/web-auth';
import { createI18n, I18nextProvider, useTranslation } from '@gemeente-crm/web-i18n';
import { BrandingProvider, createMunicipalTheme, DocumentTitleSuffixContext, ErrorState, LoadingState, NotifierProvider } from '@gemeente-crm/web-ui';
import { createQueryClient } from './queryClient';
import { appRoutes } from './routes';

const i18n = createI18n();
const queryClient = createQueryClient();
/** For `/api/v1/app-config`, which is public and read before anyone is signed in. */
const publicClient = createApiClient({ getAccessToken: () => null });

/** Everything that needs the runtime configuration: theme, login, API client, router. */
function ConfiguredApp({ config, createRouter }: { config: ClientConfig; createRouter: () => DataRouter }) {
  const theme = useMemo(() => createMunicipalTheme(config.municipality), [config.municipality]);
  const [userManager] = useState<UserManager>(() => createUserManager(config.oidc));
  const [apiClient] = useState(() =>
    createApiClient({
      getAccessToken: async () => {
        const user = await userManager.getUser();
        return user?.access_token ?? null;
      },
      onUnauthorized: () => sessionEvents.unauthorized(),
    }),
  );
  const [router] = useState(createRouter);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <BrandingProvider branding={config.municipality}>
        <DocumentTitleSuffixContext.Provider value={`${config.municipality.name} CRM`}>
          <ApiClientProvider client={apiClient}>
            <SessionProvider userManager={userManager} onSigninCallback={(returnTo) => void router.navigate(safeReturnTo(returnTo), { replace: true })}>
              <NotifierProvider>
                <RouterProvider router={router} />
              </NotifierProvider>
            </SessionProvider>
          </ApiClientProvider>
        </DocumentTitleSuffixContext.Provider>
      </BrandingProvider>
    </ThemeProvider>
  );
}

/** Reads `/api/v1/app-config` (gemeente branding + login settings) before anything else. */
function Bootstrap({ createRouter }: { createRouter: () => DataRouter }) {
  const { t } = useTranslation();
  const config = useQuery({
    queryKey: ['app-config'],
    queryFn: ({ signal }) => unwrap(publicClient.GET('/api/v1/app-config', { signal })),
    staleTime: Infinity,
  });
  if (config.data) return <ConfiguredApp config={config.data} createRouter={createRouter} />;
  return (
    <ThemeProvider theme={createMunicipalTheme({ primaryColor: '#1f3a5f', secondaryColor: '#1f3a5f' })}>
      <CssBaseline />
      <main style={{ maxWidth: 640, margin: '10vh auto', padding: 16 }}>
        {config.isError ? (
          <>
            <h1>{t('app.startupFailed')}</h1>
            <ErrorState error={config.error} onRetry={() => void config.refetch()} />
          </>
        ) : (
          <LoadingState label={t('app.loading')} minHeight="60vh" />
        )}
      </main>
    </ThemeProvider>
  );
}

export function App({ createRouter = () => createBrowserRouter(appRoutes) }: { createRouter?: () => DataRouter }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Bootstrap createRouter={createRouter} />
      </QueryClientProvider>
    </I18nextProvider>
  );
}
