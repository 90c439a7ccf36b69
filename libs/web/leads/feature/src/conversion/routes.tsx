import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';

const ConversionPage = lazy(() => import('./ConversionPage'));

/** Its own top-level path, so the Leads navigation item is not "current" on it as well. */
export const CONVERSION_PATH = '/conversie';

export const conversionRoutes: RouteObject[] = [
  {
    path: 'conversie',
    element: (
      <RequirePermission permission="leads:conversion">
        <ConversionPage />
      </RequirePermission>
    ),
  },
];
