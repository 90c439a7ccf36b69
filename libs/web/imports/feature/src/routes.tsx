import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';

const ImportWizardPage = lazy(() => import('./ImportWizardPage'));

const page = (
  <RequirePermission permission="imports:run">
    <ImportWizardPage />
  </RequirePermission>
);

/** The import wizard, mounted by the app inside its shell. */
export const importsRoutes: RouteObject[] = [
  { path: 'importeren', element: page },
  { path: 'importeren/:id', element: page },
];
