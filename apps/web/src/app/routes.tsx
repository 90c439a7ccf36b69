import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AuthCallbackPage, CALLBACK_PATH, NoAccess, RequireAuth } from '@gemeente-crm/web-auth';
import { importsRoutes } from '@gemeente-crm/web-imports';
import { interactionsRoutes } from '@gemeente-crm/web-interactions';
import { conversionRoutes, leadsRoutes, quoteRoutes, scoringRoutes } from '@gemeente-crm/web-leads';
import { relationsRoutes } from '@gemeente-crm/web-relations';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RouteErrorPage } from '../pages/RouteErrorPage';
import { AppShell } from './AppShell';

const HomePage = lazy(() => import('../pages/HomePage'));

/** All routes of the SPA. URLs are Dutch and stable (bookmarks, Playwright tests). */
export const appRoutes: RouteObject[] = [
  { path: CALLBACK_PATH, element: <AuthCallbackPage /> },
  {
    element: (
      <RequireAuth>
        <AppShell />
      </RequireAuth>
    ),
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          ...relationsRoutes,
          ...interactionsRoutes,
          ...importsRoutes,
          ...leadsRoutes,
          ...conversionRoutes,
          ...scoringRoutes,
          ...quoteRoutes,
          { path: 'geen-toegang', element: <NoAccess /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
