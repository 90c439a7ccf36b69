import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useId, useState } from 'react';
import { type Organisation, type PersonSummary, mapFieldErrors } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { useLinkContactPerson, usePersonSearch } from '@gemeente-crm/web-relations-data-access';
import { errorMessage, useDebouncedValue, useNotify } from '@gemeente-crm/web-ui';

/** Search a person (type-ahead) and link them with a function to the organisation. */
export function LinkContactDialog({ organisation, onClose }: { organisation: Organisation; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const titleId = useId();
  const [input, setInput] = useState('');
  const [person, setPerson] = useState<PersonSummary | null>(null);
  const [role, setRole] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const term = useDebouncedValue(input, 300);
  const search = usePersonSearch(term);
  const link = useLinkContactPerson(organisation.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    if (!person) {
      setErrors({ personId: t('form.requiredField', { field: t('fields.personId').toLowerCase() }) });
      return;
    }
    try {
      await link.mutateAsync({ personId: person.id, function: role.trim() || null });
      notify(t('organisation.linked', { name: person.displayName }));
      onClose();
    } catch (error) {
      const { known, unplaced } = mapFieldErrors(error, ['personId', 'function']);
      setErrors(known);
      if (!Object.keys(known).length || unplaced.length) setFailure(error);
    }
  };

  return (
    <Dialog open onClose={link.isPending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('organisation.linkContactTitle', { name: organisation.name })}</DialogTitle>
        <DialogContent>
          {failure ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {errorMessage(t, failure)} {t('errors.inputKept')}
            </Alert>
          ) : null}
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Autocomplete<PersonSummary>
              id="link-contact-personId"
              options={search.data?.items ?? []}
              getOptionLabel={(option) => option.displayName}
              isOptionEqualToValue={(a, b) => a.id === b.id}
              filterOptions={(options) => options}
              value={person}
              onChange={(_event, value) => {
                setPerson(value);
                setErrors((previous) => ({ ...previous, personId: '' }));
              }}
              inputValue={input}
              onInputChange={(_event, value) => setInput(value)}
              loading={search.isFetching}
              loadingText={t('form.searching')}
              noOptionsText={term.trim().length < 2 ? t('form.typeToSearch') : t('common.noResults')}
              renderOption={(props, option) => {
                const { key, ...rest } = props;
                return (
                  <li key={key} {...rest}>
                    <div>
                      <div>{option.displayName}</div>
                      {option.email ? <small>{option.email}</small> : null}
                    </div>
                  </li>
                );
              }}
              renderInput={(params) => (
                <TextField {...params} autoFocus required label={t('organisation.linkContactPerson')} error={Boolean(errors['personId'])} helperText={errors['personId'] || undefined} />
              )}
            />
            <TextField
              id="link-contact-function"
              label={t('fields.function')}
              value={role}
              onChange={(event) => setRole(event.target.value)}
              error={Boolean(errors['function'])}
              helperText={errors['function'] || undefined}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={link.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={link.isPending}>
            {link.isPending ? t('common.saving') : t('organisation.linkContact')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
