import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useBranding, useDocumentTitle } from '@gemeente-crm/web-ui';

export type SignInState = 'start' | 'redirecting' | 'processing' | 'expired' | 'logged-out' | 'error';

/** Full-page screens outside the app shell: welcome, redirecting, expired session, logged out, login error. */
export function SignInScreen({ state, onSignIn, note }: { state: SignInState; onSignIn?: () => void; note?: ReactNode }) {
  const { t } = useTranslation();
  const branding = useBranding();
  const title =
    state === 'expired'
      ? t('auth.expiredTitle')
      : state === 'logged-out'
        ? t('auth.loggedOutTitle')
        : state === 'error'
          ? t('auth.errorTitle')
          : t('auth.welcomeTitle', { municipality: branding.name });
  const body =
    state === 'expired'
      ? t('auth.expiredBody')
      : state === 'logged-out'
        ? t('auth.loggedOutBody')
        : state === 'error'
          ? t('auth.errorBody')
          : state === 'processing'
            ? t('auth.processing')
            : state === 'redirecting'
              ? t('auth.redirecting')
              : t('auth.welcomeBody');
  useDocumentTitle(title);
  const busy = state === 'processing' || state === 'redirecting';
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2, bgcolor: 'background.default' }}>
      <Paper sx={{ p: { xs: 3, sm: 5 }, maxWidth: 520, width: '100%' }} elevation={2}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 3 }}>
          {branding.logoUrl ? <Box component="img" src={branding.logoUrl} alt={t('app.logoAlt', { municipality: branding.name })} sx={{ height: 48, maxWidth: 160, objectFit: 'contain' }} /> : null}
          <Typography component="p" sx={{ fontWeight: 600, color: 'primary.main' }}>
            {branding.name}
          </Typography>
        </Box>
        <Typography variant="h1" id="page-title" tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
          {title}
        </Typography>
        <Box role={busy ? 'status' : undefined} sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}>
          {busy ? <CircularProgress size={24} aria-hidden="true" /> : null}
          <Typography>{body}</Typography>
        </Box>
        {note ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {note}
          </Alert>
        ) : null}
        {onSignIn ? (
          <Button variant="contained" size="large" onClick={onSignIn} autoFocus={!busy}>
            {state === 'start' || state === 'redirecting' || state === 'processing' ? t('auth.signIn') : t('auth.signInAgain')}
          </Button>
        ) : null}
      </Paper>
    </Box>
  );
}
