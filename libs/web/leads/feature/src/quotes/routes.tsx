import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '@gemeente-crm/web-auth';
import { QUOTE_TEMPLATE_PATH } from './quote-paths';

const QuoteTemplatePage = lazy(() => import('./QuoteTemplatePage'));

/** The quote template screen; the quotes themselves live in the lead's "Offertes" tab. */
export const quoteRoutes: RouteObject[] = [
  {
    path: QUOTE_TEMPLATE_PATH.slice(1),
    element: (
      <RequirePermission permission="leads:configure">
        <QuoteTemplatePage />
      </RequirePermission>
    ),
  },
];
