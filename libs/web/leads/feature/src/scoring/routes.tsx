import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';

const ScoringModelPage = lazy(() => import('./ScoringModelPage'));

export const SCORING_MODEL_PATH = '/leadscore';

/** How the score works (everyone who sees scores) and its weights (functional administrators). */
export const scoringRoutes: RouteObject[] = [
  {
    path: 'leadscore',
    element: (
      <RequirePermission permission="leads:score">
        <ScoringModelPage />
      </RequirePermission>
    ),
  },
];
