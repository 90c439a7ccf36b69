import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { isApiError } from '@gemeente-crm/web-api-client';
import { NoAccess } from '@gemeente-crm/web-auth';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { ErrorState, useDocumentTitle } from '@gemeente-crm/web-ui';
import { NotFoundPage } from './NotFoundPage';

/**
 * What a route shows when rendering it failed (a bug, or a code chunk that could not be
 * loaded after a new release): a calm message and a reload button, inside the app shell.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('errors.unexpectedTitle'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isApiError(error)) {
    if (error.kind === 'forbidden') return <NoAccess />;
    return <ErrorState error={error} onRetry={() => window.location.reload()} />;
  }
  return (
    <Box sx={{ my: 2 }}>
      <Alert severity="warning" role="alert">
        <AlertTitle>{t('errors.unexpectedTitle')}</AlertTitle>
        {t('errors.unexpectedBody')}
        <Box sx={{ mt: 2 }}>
          <Button variant="contained" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </Button>
        </Box>
      </Alert>
    </Box>
  );
}
