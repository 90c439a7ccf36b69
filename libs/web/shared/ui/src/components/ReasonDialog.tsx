import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useState } from 'react';
import { fieldErrorMessages } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage } from './errorMessage';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  description?: string;
  confirmLabel: string;
  /** Performs the action; a rejection keeps the dialog open with the typed reason. */
  onConfirm: (reason: string) => Promise<unknown>;
  onClose: () => void;
  destructive?: boolean;
}

/** Confirms an action that needs a reason for the audit trail (archive, restore, unlink). */
export function ReasonDialog({ open, title, description, confirmLabel, onConfirm, onClose, destructive }: ReasonDialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const descriptionId = useId();
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    if (busy) return;
    setReason('');
    setFieldError(null);
    setFailure(null);
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setFieldError(t('common.reasonRequired'));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm(reason.trim());
      setReason('');
      setFieldError(null);
      setBusy(false);
      onClose();
    } catch (error) {
      setBusy(false);
      const fields = fieldErrorMessages(error);
      if (fields['reason']) setFieldError(fields['reason']);
      else setFailure(error);
    }
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {description ? (
            <DialogContentText id={descriptionId} sx={{ mb: 2 }}>
              {description}
            </DialogContentText>
          ) : null}
          {failure ? (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errorMessage(t, failure)} {t('errors.inputKept')}
            </Alert>
          ) : null}
          <TextField
            autoFocus
            required
            multiline
            minRows={2}
            label={t('common.reasonLabel')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (fieldError) setFieldError(null);
            }}
            error={Boolean(fieldError)}
            helperText={fieldError ?? t('common.reasonHelp')}
            slotProps={{ htmlInput: { maxLength: 1000, 'aria-required': true } }}
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={busy}>
            {busy ? t('common.saving') : confirmLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
