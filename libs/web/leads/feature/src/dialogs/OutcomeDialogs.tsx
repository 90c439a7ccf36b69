import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { fieldErrorMessages } from '@gemeente-crm/web-api-client';
import { type Lead, useLeadOptions, useLoseLead, useWinLead } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, useNotify } from '@gemeente-crm/web-ui';
import { centsToEuroInput, parseEuroToCents } from '../money';

interface OutcomeDialogProps {
  lead: Lead;
  open: boolean;
  onClose: () => void;
}

/** "Gewonnen…": what was won and its value; the organisation becomes a customer. */
export function WinDialog({ lead, open, onClose }: OutcomeDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const win = useWinLead();
  const [description, setDescription] = useState('');
  const [value, setValue] = useState(centsToEuroInput(lead.expectedValueCents));
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const valueCents = parseEuroToCents(value);
    const local: Record<string, string> = {};
    if (!description.trim()) local['description'] = t('leads.requirements.missing');
    if (Number.isNaN(valueCents)) local['valueCents'] = t('leads.requirements.invalid');
    setErrors(local);
    if (Object.keys(local).length) return;
    win.mutate(
      { id: lead.id, version: lead.version, description, valueCents },
      {
        onSuccess: onClose,
        onError: (error) => {
          setErrors(fieldErrorMessages(error));
          if (!Object.keys(fieldErrorMessages(error)).length) notify(errorMessage(t, error), 'error');
        },
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="win-title" slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle id="win-title">{t('leads.winDialog.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            id="win-description"
            label={t('leads.winDialog.description')}
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            required
            error={!!errors['description']}
            helperText={errors['description']}
            autoFocus
          />
          <TextField
            id="win-value"
            label={t('leads.winDialog.value')}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            inputMode="decimal"
            error={!!errors['valueCents']}
            helperText={errors['valueCents']}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={win.isPending}>
          {t('leads.winDialog.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** "Verloren…": a reason from the configurable list is required. */
export function LoseDialog({ lead, open, onClose }: OutcomeDialogProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const lose = useLoseLead();
  const reasons = useLeadOptions('lost-reasons');
  const [reasonCode, setReasonCode] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!reasonCode) {
      setError(t('leads.requirements.missing'));
      return;
    }
    lose.mutate(
      { id: lead.id, version: lead.version, reasonCode },
      {
        onSuccess: onClose,
        onError: (failure) => {
          const message = fieldErrorMessages(failure)['reasonCode'];
          if (message) setError(message);
          else notify(errorMessage(t, failure), 'error');
        },
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="lose-title" slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle id="lose-title">{t('leads.loseDialog.title')}</DialogTitle>
      <DialogContent>
        <TextField
          id="lose-reason"
          select
          label={t('leads.loseDialog.reason')}
          value={reasonCode}
          onChange={(event) => setReasonCode(event.target.value)}
          required
          error={!!error}
          helperText={error}
          fullWidth
          sx={{ mt: 1, minWidth: 320 }}
        >
          {(reasons.data?.items ?? []).map((option) => (
            <MenuItem key={option.code} value={option.code}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={lose.isPending}>
          {t('leads.loseDialog.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
