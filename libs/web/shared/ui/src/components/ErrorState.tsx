import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { isApiError } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage } from './errorMessage';

export interface ErrorStateProps {
  error: unknown;
  /** Offered when trying again can help (network, 5xx, rate limit, unknown). */
  onRetry?: () => void;
  title?: string;
}

/**
 * A calm explanation of why something could not be loaded, with "Opnieuw proberen" when that
 * makes sense, and the request id for the service desk on server errors.
 */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const retryable = apiError ? apiError.retryable : true;
  const forbidden = apiError?.kind === 'forbidden';
  const notFound = apiError?.kind === 'not-found';
  const heading = title ?? (forbidden ? t('auth.forbiddenTitle') : notFound ? t('errors.recordNotFoundTitle') : t('errors.unexpectedTitle'));
  return (
    <Alert
      severity={forbidden || notFound ? 'info' : 'warning'}
      action={
        onRetry && retryable ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
      sx={{ my: 2 }}
    >
      <AlertTitle>{heading}</AlertTitle>
      {forbidden ? t('auth.forbiddenBody') : errorMessage(t, error)}
      {apiError?.kind === 'server' && apiError.requestId ? (
        <div>
          <small>{t('errors.requestId', { id: apiError.requestId })}</small>
        </div>
      ) : null}
    </Alert>
  );
}
