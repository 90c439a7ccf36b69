import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { fieldErrorMessages, isApiError } from '@gemeente-crm/web-api-client';
import { useStaff } from '@gemeente-crm/web-interactions-data-access';
import { type Lead, type LeadPatch, useLeadOptions, useUpdateLead } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, useNotify } from '@gemeente-crm/web-ui';
import { centsToEuroInput, parseEuroToCents } from '../money';

const TEXT_FIELDS = ['title', 'nextAction', 'notes'] as const;

/** The lead's own fields; problem+json field errors appear next to the field they concern. */
export function LeadEditForm({ lead, onDone }: { lead: Lead; onDone: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const update = useUpdateLead();
  const staff = useStaff();
  const sources = useLeadOptions('sources', true);
  const [values, setValues] = useState<Record<string, string>>({
    title: lead.title,
    sourceCode: lead.source?.code ?? '',
    ownerId: lead.owner?.id ?? '',
    expectedValueCents: centsToEuroInput(lead.expectedValueCents),
    probability: lead.probability === null ? '' : String(lead.probability),
    expectedDecisionDate: lead.expectedDecisionDate ?? '',
    nextAction: lead.nextAction ?? '',
    nextActionDate: lead.nextActionDate ?? '',
    notes: lead.notes ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: string) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const field = (name: string) => ({
    id: `lead-${name}`,
    label: t(`leads.fields.${name}` as 'leads.fields.title'),
    value: values[name] ?? '',
    onChange: set(name),
    error: !!errors[name],
    helperText: errors[name],
    fullWidth: true,
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const cents = parseEuroToCents(values['expectedValueCents'] ?? '');
    const probability = values['probability'] ? Number(values['probability']) : null;
    const local: Record<string, string> = {};
    if (Number.isNaN(cents)) local['expectedValueCents'] = t('leads.requirements.invalid');
    if (probability !== null && (!Number.isInteger(probability) || probability < 0 || probability > 100)) local['probability'] = t('leads.requirements.invalid');
    if (!values['title']?.trim()) local['title'] = t('leads.requirements.missing');
    setErrors(local);
    if (Object.keys(local).length) return;
    const patch: LeadPatch = {
      ...Object.fromEntries(TEXT_FIELDS.map((name) => [name, values[name] || null])),
      title: values['title']!,
      sourceCode: values['sourceCode'] || null,
      ownerId: values['ownerId'] || null,
      expectedValueCents: cents,
      probability,
      expectedDecisionDate: values['expectedDecisionDate'] || null,
      nextActionDate: values['nextActionDate'] || null,
    };
    update.mutate(
      { id: lead.id, version: lead.version, patch },
      {
        onSuccess: () => {
          notify(t('form.saved'));
          onDone();
        },
        onError: (error) => {
          const fields = fieldErrorMessages(error);
          setErrors(fields);
          if (!Object.keys(fields).length || (isApiError(error) && error.kind !== 'validation')) notify(errorMessage(t, error), 'error');
        },
      },
    );
  };

  return (
    <Stack component="form" noValidate onSubmit={submit} spacing={2} aria-label={t('leads.detail.edit')}>
      <Grid container spacing={2}>
        <Grid size={12}>
          <TextField {...field('title')} required />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField {...field('sourceCode')} select>
            <MenuItem value="">{t('common.empty')}</MenuItem>
            {(sources.data?.items ?? []).map((option) => (
              <MenuItem key={option.code} value={option.code}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField {...field('ownerId')} select>
            <MenuItem value="">{t('common.empty')}</MenuItem>
            {(staff.data ?? []).map((user) => (
              <MenuItem key={user.id} value={user.id}>
                {user.displayName}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField {...field('expectedValueCents')} inputMode="decimal" />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField {...field('probability')} type="number" slotProps={{ htmlInput: { min: 0, max: 100 } }} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField {...field('expectedDecisionDate')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <TextField {...field('nextActionDate')} type="date" slotProps={{ inputLabel: { shrink: true } }} />
        </Grid>
        <Grid size={12}>
          <TextField {...field('nextAction')} />
        </Grid>
        <Grid size={12}>
          <TextField {...field('notes')} multiline minRows={3} />
        </Grid>
      </Grid>
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={update.isPending}>
          {t('leads.detail.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Stack>
    </Stack>
  );
}
