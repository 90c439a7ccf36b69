import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Fragment, useState } from 'react';
import { useStaff } from '@gemeente-crm/web-interactions-data-access';
import { type MoveFields, type RequirableLeadField, useLeadOptions } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { parseEuroToCents } from '../money';

export interface RequirementsDialogProps {
  open: boolean;
  leadTitle: string;
  stageName: string;
  /** Exactly the fields the stage requires that the lead lacks, as the API listed them. */
  fields: RequirableLeadField[];
  /** Field errors from the last attempt, by field. */
  errors?: Record<string, string>;
  busy?: boolean;
  onSubmit: (fields: MoveFields) => void;
  onClose: () => void;
}

/** Asks for the fields a stage requires, then the caller retries the move with them. */
export default function RequirementsDialog({ open, leadTitle, stageName, fields, errors = {}, busy, onSubmit, onClose }: RequirementsDialogProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const staff = useStaff({ enabled: open && fields.includes('ownerId') });
  const sources = useLeadOptions('sources');
  const set = (field: string) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    const result: Record<string, string | number | null> = {};
    for (const field of fields) {
      const raw = (values[field] ?? '').trim();
      if (!raw) {
        problems[field] = t('leads.requirements.missing');
        continue;
      }
      if (field === 'expectedValueCents') {
        const cents = parseEuroToCents(raw);
        if (cents === null || Number.isNaN(cents)) problems[field] = t('leads.requirements.invalid');
        else result[field] = cents;
      } else if (field === 'probability') {
        const number = Number(raw);
        if (!Number.isInteger(number) || number < 0 || number > 100) problems[field] = t('leads.requirements.invalid');
        else result[field] = number;
      } else result[field] = raw;
    }
    setLocal(problems);
    if (Object.keys(problems).length === 0) onSubmit(result as MoveFields);
  };

  const errorOf = (field: string) => local[field] ?? errors[field];
  const input = (field: RequirableLeadField) => {
    const common = {
      id: `requirement-${field}`,
      label: t(`leads.fields.${field}`),
      value: values[field] ?? '',
      onChange: set(field),
      required: true,
      error: !!errorOf(field),
      helperText: errorOf(field),
      fullWidth: true,
    };
    switch (field) {
      case 'expectedDecisionDate':
      case 'nextActionDate':
        return <TextField {...common} type="date" slotProps={{ inputLabel: { shrink: true } }} />;
      case 'probability':
        return <TextField {...common} type="number" slotProps={{ htmlInput: { min: 0, max: 100 } }} />;
      case 'expectedValueCents':
        return <TextField {...common} inputMode="decimal" />;
      case 'notes':
        return <TextField {...common} multiline minRows={3} />;
      case 'ownerId':
        return (
          <TextField {...common} select>
            {(staff.data ?? []).map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
        );
      case 'sourceCode':
        return (
          <TextField {...common} select>
            {(sources.data?.items ?? []).map((option) => (
              <MenuItem key={option.code} value={option.code}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        );
      default:
        return <TextField {...common} />;
    }
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="requirements-title" slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle id="requirements-title">{t('leads.requirements.title', { stage: stageName })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('leads.requirements.intro', { stage: stageName, title: leadTitle })}</DialogContentText>
        <Stack spacing={2}>{fields.map((field) => <Fragment key={field}>{input(field)}</Fragment>)}</Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={busy}>
          {t('leads.requirements.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
