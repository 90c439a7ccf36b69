import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';

// Each screen is its own chunk, loaded on first visit (React.lazy).
const TasksPage = lazy(() => import('./tasks/TasksPage'));

/** The task screens, mounted by the app inside its shell. */
export const interactionsRoutes: RouteObject[] = [
  {
    path: 'taken',
    element: (
      <RequirePermission permission="interactions:read">
        <TasksPage />
      </RequirePermission>
    ),
  },
];
