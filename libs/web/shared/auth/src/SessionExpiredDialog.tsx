import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useSession } from './session';

/**
 * Shown over the page when the session ends while the user works: they sign in again in a
 * popup, so the page and everything typed into it stay as they were.
 */
export function SessionExpiredDialog({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const { reauthenticate, signInRedirect } = useSession();
  const [blocked, setBlocked] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  return (
    <Dialog open={open} aria-labelledby={titleId} aria-describedby={bodyId} disableRestoreFocus={false}>
      <DialogTitle id={titleId}>{t('auth.expiredTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{t('auth.expiredDialogBody')}</DialogContentText>
        {blocked ? (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('auth.popupBlocked')}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        {blocked ? <Button onClick={() => void signInRedirect()}>{t('auth.signInInPage')}</Button> : null}
        <Button
          variant="contained"
          autoFocus
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const outcome = await reauthenticate();
            setBusy(false);
            setBlocked(outcome === 'popup-blocked');
          }}
        >
          {t('auth.signInAgain')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
