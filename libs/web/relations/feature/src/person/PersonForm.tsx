import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import type { Person } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { AddressFields } from '../shared/AddressFields';
import type { AddressValues } from '../shared/addressForm';
import { FormFrame } from '../shared/FormFrame';
import { FieldGroup, TextInput } from '../shared/fields';
import type { RecordEditor } from '../shared/useRecordEditor';
import { PERSON_FIELDS, type PersonFormValues } from './personForm';

export const PERSON_FORM_PREFIX = 'person';

export function personFieldLabel(t: TFunction, field: string): string {
  const [head, part] = field.split('.');
  if (part) return `${t(`fields.${head as 'postalAddress'}`)} – ${t(`fields.${part as 'street'}`).toLowerCase()}`;
  return t(`fields.${head as 'voornaam'}`);
}

export interface PersonFormProps {
  editor: RecordEditor<PersonFormValues, Person>;
  label: string;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Create/edit form of a person; the BSN field only exists when the user may see the BSN. */
export function PersonForm({ editor, label, onSubmit, onCancel }: PersonFormProps) {
  const { t } = useTranslation();
  const { values, errors } = editor;
  const p = PERSON_FORM_PREFIX;
  function set<K extends keyof PersonFormValues>(key: K, value: PersonFormValues[K]) {
    editor.setValues((previous) => ({ ...previous, [key]: value }));
    editor.clearError(key);
  }
  function setAddress(part: keyof AddressValues, value: string) {
    editor.setValues((previous) => ({ ...previous, postalAddress: { ...previous.postalAddress, [part]: value } }));
    editor.clearError(`postalAddress.${part}`);
  }
  return (
    <FormFrame
      idPrefix={p}
      label={label}
      errors={errors}
      summary={editor.summary}
      failure={editor.failure}
      submitting={editor.submitting || editor.conflictLoading}
      submitCount={editor.submitCount}
      restored={editor.restored}
      onDiscardDraft={editor.discardDraft}
      reapplied={editor.reapplied}
      onDismissReapplied={editor.dismissReapplied}
      onSubmit={onSubmit}
      onCancel={onCancel}
      fieldOrder={PERSON_FIELDS}
      labelFor={(field) => personFieldLabel(t, field)}
    >
      <Stack spacing={3}>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <FieldGroup legend={t('person.details')}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 5 }}>
                <TextInput prefix={p} path="voornaam" label={t('fields.voornaam')} value={values.voornaam} onChange={(v) => set('voornaam', v)} error={errors['voornaam']} maxLength={100} />
              </Grid>
              <Grid size={{ xs: 12, sm: 2 }}>
                <TextInput prefix={p} path="tussenvoegsel" label={t('fields.tussenvoegsel')} value={values.tussenvoegsel} onChange={(v) => set('tussenvoegsel', v)} error={errors['tussenvoegsel']} maxLength={20} />
              </Grid>
              <Grid size={{ xs: 12, sm: 5 }}>
                <TextInput prefix={p} path="achternaam" label={t('fields.achternaam')} value={values.achternaam} onChange={(v) => set('achternaam', v)} error={errors['achternaam']} required maxLength={100} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="email" type="email" inputMode="email" label={t('fields.email')} value={values.email} onChange={(v) => set('email', v)} error={errors['email']} maxLength={254} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="phone" type="tel" inputMode="tel" label={t('fields.phone')} value={values.phone} onChange={(v) => set('phone', v)} error={errors['phone']} maxLength={20} />
              </Grid>
              {values.bsn !== null ? (
                <Grid size={{ xs: 12, sm: 6 }}>
                  <TextInput
                    prefix={p}
                    path="bsn"
                    label={t('fields.bsn')}
                    value={values.bsn}
                    onChange={(v) => set('bsn', v)}
                    error={errors['bsn']}
                    inputMode="numeric"
                    maxLength={11}
                    helperText={t('person.bsnNotice')}
                  />
                </Grid>
              ) : null}
            </Grid>
          </FieldGroup>
        </Paper>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <FieldGroup legend={t('fields.postalAddress')}>
            <Typography color="text.secondary" sx={{ mb: 2 }}>
              {t('person.postalAddressHelp')}
            </Typography>
            <AddressFields formPrefix={p} path="postalAddress" values={values.postalAddress} errors={errors} onChange={setAddress} />
          </FieldGroup>
        </Paper>
        <Paper variant="outlined" sx={{ p: 3 }}>
          <TextInput
            prefix={p}
            path="reason"
            label={t('form.optionalReason')}
            value={editor.reason}
            onChange={(v) => {
              editor.setReason(v);
              editor.clearError('reason');
            }}
            error={errors['reason']}
            helperText={t('form.optionalReasonHelp')}
            multiline
            maxLength={1000}
          />
        </Paper>
      </Stack>
    </FormFrame>
  );
}
