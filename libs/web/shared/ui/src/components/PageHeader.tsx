import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { type ReactNode, useRef } from 'react';
import { usePageFocus } from '../hooks/pageFocus';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

export interface Crumb {
  label: string;
  to?: string;
}

/**
 * The page's one h1 (focused after client-side navigation, see FocusOnNavigate), optional
 * breadcrumbs and actions. Also sets the document title.
 */
export function PageHeader({ title, breadcrumbs, actions, meta }: { title: string; breadcrumbs?: Crumb[]; actions?: ReactNode; meta?: ReactNode }) {
  useDocumentTitle(title);
  const heading = useRef<HTMLHeadingElement>(null);
  usePageFocus(heading);
  return (
    <Box component="header" sx={{ mb: 3 }}>
      {breadcrumbs && breadcrumbs.length > 0 ? (
        <Breadcrumbs aria-label="Kruimelpad" sx={{ mb: 1 }}>
          {breadcrumbs.map((crumb) =>
            crumb.to ? (
              <Link key={crumb.label} href={crumb.to} color="inherit">
                {crumb.label}
              </Link>
            ) : (
              <Typography key={crumb.label} color="text.primary" aria-current="page">
                {crumb.label}
              </Typography>
            ),
          )}
        </Breadcrumbs>
      ) : null}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, justifyContent: 'space-between' }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="page-title" tabIndex={-1} ref={heading} sx={{ outline: 'none', overflowWrap: 'anywhere' }}>
            {title}
          </Typography>
          {meta ? <Box sx={{ mt: 1, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>{meta}</Box> : null}
        </Box>
        {actions ? <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{actions}</Box> : null}
      </Box>
    </Box>
  );
}
