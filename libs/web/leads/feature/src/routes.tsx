import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';

// Each screen is its own chunk, loaded on first visit (React.lazy).
const LeadsBoardPage = lazy(() => import('./board/LeadsBoardPage'));
const LeadDetailPage = lazy(() => import('./detail/LeadDetailPage'));
const LeadsListPage = lazy(() => import('./list/LeadsListPage'));
const PipelinesAdminPage = lazy(() => import('./admin/PipelinesAdminPage'));

/** The leads screens, mounted by the app inside its shell. */
export const leadsRoutes: RouteObject[] = [
  {
    path: 'leads',
    element: (
      <RequirePermission permission="leads:read">
        <LeadsBoardPage />
      </RequirePermission>
    ),
  },
  {
    path: 'leads/lijst',
    element: (
      <RequirePermission permission="leads:read">
        <LeadsListPage />
      </RequirePermission>
    ),
  },
  {
    path: 'leads/:id',
    element: (
      <RequirePermission permission="leads:read">
        <LeadDetailPage />
      </RequirePermission>
    ),
  },
  {
    path: 'beheer/pijplijnen',
    element: (
      <RequirePermission permission="leads:configure">
        <PipelinesAdminPage />
      </RequirePermission>
    ),
  },
];
