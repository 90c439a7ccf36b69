import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { etagFor, fieldErrorMessages, unwrap, useApiClient } from '@gemeente-crm/web-api-client';
import { useLeadOptions } from '@gemeente-crm/web-leads-data-access';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { errorMessage, useNotify } from '@gemeente-crm/web-ui';

type Kind = 'sources' | 'lost-reasons';

/** One configurable list (sources or lost reasons): add entries, switch them on and off. */
export function LeadOptionsEditor({ kind, title }: { kind: Kind; title: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const client = useApiClient();
  const queryClient = useQueryClient();
  const options = useLeadOptions(kind, true);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | undefined>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['lead-config', kind] });
  const add = useMutation({
    mutationFn: (text: string) =>
      unwrap(kind === 'sources' ? client.POST('/api/v1/lead-sources', { body: { label: text } }) : client.POST('/api/v1/lead-lost-reasons', { body: { label: text } })),
    onSuccess: refresh,
  });
  const toggle = useMutation({
    mutationFn: ({ code, version, active }: { code: string; version: number; active: boolean }) => {
      const init = { params: { path: { code }, header: { 'If-Match': etagFor(version) } }, body: { active } };
      return unwrap(kind === 'sources' ? client.PATCH('/api/v1/lead-sources/{code}', init) : client.PATCH('/api/v1/lead-lost-reasons/{code}', init));
    },
    onSuccess: refresh,
    onError: (failure) => notify(errorMessage(t, failure), 'error'),
  });
  const inputId = `${kind}-new`;

  return (
    <Stack spacing={1}>
      <List dense aria-label={title}>
        {(options.data?.items ?? []).map((option) => (
          <ListItem
            key={option.code}
            disableGutters
            secondaryAction={
              <Switch
                checked={option.active}
                onChange={(event) => toggle.mutate({ code: option.code, version: option.version, active: event.target.checked })}
                slotProps={{ input: { 'aria-label': t('leads.admin.optionActive', { label: option.label }) } }}
              />
            }
          >
            <ListItemText primary={option.label} secondary={option.active ? undefined : t('leads.admin.inactive')} />
          </ListItem>
        ))}
      </List>
      <Stack
        component="form"
        direction="row"
        spacing={1}
        noValidate
        onSubmit={(event: React.FormEvent) => {
          event.preventDefault();
          if (!label.trim()) {
            setError(t('leads.requirements.missing'));
            return;
          }
          add.mutate(label, {
            onSuccess: () => {
              setLabel('');
              setError(undefined);
            },
            onError: (failure) => setError(fieldErrorMessages(failure)['label'] ?? errorMessage(t, failure)),
          });
        }}
      >
        <TextField id={inputId} size="small" label={t('leads.admin.newOption')} value={label} onChange={(event) => setLabel(event.target.value)} error={!!error} helperText={error} />
        <Button type="submit" variant="outlined" disabled={add.isPending}>
          {t('leads.admin.addOption')}
        </Button>
      </Stack>
    </Stack>
  );
}
