import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useCallback, useEffect, useId, useRef } from 'react';
import { useBlocker } from 'react-router';
import { useTranslation } from '@gemeente-crm/web-i18n';

/**
 * Asks before leaving a form with unsaved changes (in-app navigation and closing the tab).
 * Call `allowNavigation()` right before navigating away after a successful save.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const { t } = useTranslation();
  const dirtyRef = useRef(dirty);
  const bypass = useRef(false);
  const titleId = useId();
  useEffect(() => {
    dirtyRef.current = dirty;
    if (dirty) bypass.current = false;
  }, [dirty]);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirtyRef.current && !bypass.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (bypass.current) return;
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const allowNavigation = useCallback(() => {
    bypass.current = true;
  }, []);

  const dialog =
    blocker.state === 'blocked' ? (
      <Dialog open onClose={() => blocker.reset()} aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{t('form.unsavedTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('form.unsavedBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => blocker.proceed()}>{t('form.leave')}</Button>
          <Button variant="contained" onClick={() => blocker.reset()} autoFocus>
            {t('form.stay')}
          </Button>
        </DialogActions>
      </Dialog>
    ) : null;

  return { dialog, allowNavigation };
}
