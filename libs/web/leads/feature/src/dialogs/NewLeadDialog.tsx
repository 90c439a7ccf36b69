import Autocomplete from '@mui/material/Autocomplete';
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
import { useCreateLead, useLeadOptions } from '@gemeente-crm/web-leads-data-access';
import { useOrganisationList } from '@gemeente-crm/web-relations-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, useDebouncedValue, useNotify } from '@gemeente-crm/web-ui';
import { parseEuroToCents } from '../money';

interface Choice {
  id: string;
  name: string;
}

/** Registers a lead for an existing organisation in the pipeline's first stage. */
export default function NewLeadDialog({ pipelineId, open, onClose }: { pipelineId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateLead();
  const sources = useLeadOptions('sources');
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState<Choice | null>(null);
  const [search, setSearch] = useState('');
  const [sourceCode, setSourceCode] = useState('');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const q = useDebouncedValue(search, 250);
  const organisations = useOrganisationList({ q: q || undefined, pageSize: 10 }, { enabled: open && q.length >= 2 });
  const choices: Choice[] = (organisations.data?.items ?? []).map((item) => ({ id: item.id, name: item.name }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!title.trim()) local['title'] = t('leads.requirements.missing');
    if (!organisation) local['relation'] = t('leads.requirements.missing');
    const expectedValueCents = parseEuroToCents(value);
    if (Number.isNaN(expectedValueCents)) local['expectedValueCents'] = t('leads.requirements.invalid');
    setErrors(local);
    if (Object.keys(local).length || !organisation) return;
    create.mutate(
      {
        pipelineId,
        title,
        relation: { objectType: 'organisation', objectId: organisation.id },
        sourceCode: sourceCode || null,
        expectedValueCents,
      },
      {
        onSuccess: () => {
          notify(t('leads.create.created', { title }));
          onClose();
        },
        onError: (error) => {
          const fields = fieldErrorMessages(error);
          setErrors(fields);
          if (!Object.keys(fields).length) notify(errorMessage(t, error), 'error');
        },
      },
    );
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="new-lead-title" fullWidth maxWidth="sm" slotProps={{ paper: { component: 'form', onSubmit: submit, noValidate: true } as object }}>
      <DialogTitle id="new-lead-title">{t('leads.create.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField id="lead-title" label={t('leads.fields.title')} value={title} onChange={(event) => setTitle(event.target.value)} required error={!!errors['title']} helperText={errors['title']} autoFocus />
          <Autocomplete
            id="lead-organisation"
            options={choices}
            value={organisation}
            onChange={(_event, choice) => setOrganisation(choice)}
            inputValue={search}
            onInputChange={(_event, text) => setSearch(text)}
            getOptionLabel={(choice) => choice.name}
            isOptionEqualToValue={(a, b) => a.id === b.id}
            filterOptions={(options) => options}
            loading={organisations.isFetching}
            renderInput={(params) => (
              <TextField
                {...params}
                label={t('leads.create.organisation')}
                required
                error={!!(errors['relation'] ?? errors['relation.objectId'])}
                helperText={errors['relation'] ?? errors['relation.objectId'] ?? t('leads.create.organisationHint')}
              />
            )}
          />
          <TextField id="lead-source" select label={t('leads.fields.source')} value={sourceCode} onChange={(event) => setSourceCode(event.target.value)} error={!!errors['sourceCode']} helperText={errors['sourceCode']}>
            <MenuItem value="">{t('common.empty')}</MenuItem>
            {(sources.data?.items ?? []).map((option) => (
              <MenuItem key={option.code} value={option.code}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            id="lead-value"
            label={t('leads.fields.expectedValueCents')}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            inputMode="decimal"
            error={!!errors['expectedValueCents']}
            helperText={errors['expectedValueCents']}
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={create.isPending}>
          {t('leads.create.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
