import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ApiClientProvider, createApiClient, type Role } from '@gemeente-crm/web-api-client';
import { StaticSessionProvider } from '@gemeente-crm/web-auth';
import { createI18n, I18nextProvider } from '@gemeente-crm/web-i18n';
import { createMunicipalTheme, NotifierProvider } from '@gemeente-crm/web-ui';
import { FakeApi } from './fakeApi';

const i18n = createI18n();
const theme = createMunicipalTheme({ primaryColor: '#B01C2E', secondaryColor: '#1F3A5F' });

export interface RenderOptions {
  routes: RouteObject[];
  path?: string;
  roles?: Role[];
  api?: FakeApi;
  userId?: string;
}

/**
 * Renders routes the way the app does (theme, i18n, react-query, typed API client, session,
 * data router) with a fake API and a fixed session instead of OIDC.
 */
export function renderRoutes({ routes, path = '/', roles = ['accountmanager'], api = new FakeApi(), userId = 'u-1' }: RenderOptions) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } } });
  const client = createApiClient({ baseUrl: 'http://localhost', getAccessToken: () => 'test-token', fetch: api.fetch });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <QueryClientProvider client={queryClient}>
          <ApiClientProvider client={client}>
            <StaticSessionProvider session={{ roles, me: { id: userId, displayName: 'Anna Accountmanager', roles } }}>
              <NotifierProvider>
                <RouterProvider router={router} />
              </NotifierProvider>
            </StaticSessionProvider>
          </ApiClientProvider>
        </QueryClientProvider>
      </ThemeProvider>
    </I18nextProvider>,
  );
  return { ...utils, api, router, user, queryClient };
}
