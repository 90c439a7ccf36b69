import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import type { TFunction } from 'i18next';
import type { Organisation, RelationType, User } from '@gemeente-crm/web-api-client';
import { useTranslation } from '@gemeente-crm/web-i18n';
import { AddressFields } from '../shared/AddressFields';
import { FormFrame } from '../shared/FormFrame';
import { ChipsInput, FieldGroup, SelectInput, TextInput } from '../shared/fields';
import type { RecordEditor } from '../shared/useRecordEditor';
import { type AddressValues, ORGANISATION_FIELDS, type OrganisationFormValues } from './organisationForm';

export const ORGANISATION_FORM_PREFIX = 'org';

export function organisationFieldLabel(t: TFunction, field: string): string {
  const [head, part] = field.split('.');
  if (part) return `${t(`fields.${head as 'visitingAddress' | 'postalAddress'}`)} – ${t(`fields.${part as 'street'}`).toLowerCase()}`;
  return t(`fields.${head as 'name'}`);
}

export interface OrganisationFormProps {
  editor: RecordEditor<OrganisationFormValues, Organisation>;
  relationTypes: readonly RelationType[];
  owners: readonly User[];
  label: string;
  onSubmit: () => void;
  onCancel: () => void;
}

/** Create/edit form of an organisation. All state lives in the editor (draft, errors, conflict). */
export function OrganisationForm({ editor, relationTypes, owners, label, onSubmit, onCancel }: OrganisationFormProps) {
  const { t } = useTranslation();
  const { values, errors } = editor;
  const p = ORGANISATION_FORM_PREFIX;

  function set<K extends keyof OrganisationFormValues>(key: K, value: OrganisationFormValues[K]) {
    editor.setValues((previous) => ({ ...previous, [key]: value }));
    editor.clearError(key);
  }
  function setAddress(which: 'visitingAddress' | 'postalAddress', part: keyof AddressValues, value: string) {
    editor.setValues((previous) => ({ ...previous, [which]: { ...previous[which], [part]: value } }));
    editor.clearError(`${which}.${part}`);
  }

  const ownerOptions = [{ value: '', label: t('organisation.noOwner') }, ...owners.map((owner) => ({ value: owner.id, label: owner.displayName }))];
  // Keep an owner who is no longer an account manager selectable, so saving does not clear it.
  if (values.ownerId && !owners.some((owner) => owner.id === values.ownerId)) ownerOptions.push({ value: values.ownerId, label: editor.base?.ownerName ?? values.ownerId });

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
      fieldOrder={ORGANISATION_FIELDS}
      labelFor={(field) => organisationFieldLabel(t, field)}
    >
      <Stack spacing={3}>
        <Paper sx={{ p: 3 }} variant="outlined">
          <FieldGroup legend={t('organisation.identification')}>
            <Grid container spacing={2}>
              <Grid size={12}>
                <TextInput prefix={p} path="name" label={t('fields.name')} value={values.name} onChange={(v) => set('name', v)} error={errors['name']} required maxLength={200} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="kvkNumber" label={t('fields.kvkNumber')} value={values.kvkNumber} onChange={(v) => set('kvkNumber', v)} error={errors['kvkNumber']} inputMode="numeric" maxLength={9} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="vestigingsnummer" label={t('fields.vestigingsnummer')} value={values.vestigingsnummer} onChange={(v) => set('vestigingsnummer', v)} error={errors['vestigingsnummer']} inputMode="numeric" maxLength={14} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="legalForm" label={t('fields.legalForm')} value={values.legalForm} onChange={(v) => set('legalForm', v)} error={errors['legalForm']} maxLength={100} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <ChipsInput prefix={p} path="sbiCodes" label={t('fields.sbiCodes')} value={values.sbiCodes} onChange={(v) => set('sbiCodes', v)} options={[]} freeSolo error={errors['sbiCodes']} helperText={t('form.addSbiHint')} />
              </Grid>
            </Grid>
          </FieldGroup>
        </Paper>

        <Paper sx={{ p: 3 }} variant="outlined">
          <FieldGroup legend={t('fields.visitingAddress')}>
            <AddressFields formPrefix={p} path="visitingAddress" values={values.visitingAddress} errors={errors} onChange={(part, v) => setAddress('visitingAddress', part, v)} />
          </FieldGroup>
          <FormControlLabel
            sx={{ mt: 2 }}
            control={<Checkbox checked={values.hasPostalAddress} onChange={(event) => set('hasPostalAddress', event.target.checked)} />}
            label={t('organisation.postalDiffers')}
          />
          {values.hasPostalAddress ? (
            <FieldGroup legend={t('fields.postalAddress')}>
              <AddressFields formPrefix={p} path="postalAddress" values={values.postalAddress} errors={errors} onChange={(part, v) => setAddress('postalAddress', part, v)} />
            </FieldGroup>
          ) : null}
        </Paper>

        <Paper sx={{ p: 3 }} variant="outlined">
          <FieldGroup legend={t('organisation.contactDetails')}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="phone" type="tel" inputMode="tel" label={t('fields.phone')} value={values.phone} onChange={(v) => set('phone', v)} error={errors['phone']} maxLength={20} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <TextInput prefix={p} path="email" type="email" inputMode="email" label={t('fields.email')} value={values.email} onChange={(v) => set('email', v)} error={errors['email']} maxLength={254} />
              </Grid>
              <Grid size={12}>
                <TextInput prefix={p} path="website" type="url" inputMode="url" label={t('fields.website')} value={values.website} onChange={(v) => set('website', v)} error={errors['website']} maxLength={300} />
              </Grid>
            </Grid>
          </FieldGroup>
        </Paper>

        <Paper sx={{ p: 3 }} variant="outlined">
          <FieldGroup legend={t('organisation.classification')}>
            <Grid container spacing={2}>
              <Grid size={{ xs: 12, md: 6 }}>
                <ChipsInput
                  prefix={p}
                  path="relationTypes"
                  label={t('fields.relationTypes')}
                  value={values.relationTypes}
                  onChange={(v) => set('relationTypes', v)}
                  options={relationTypes.filter((type) => type.active || values.relationTypes.includes(type.code)).map((type) => ({ value: type.code, label: type.label }))}
                  error={errors['relationTypes']}
                />
              </Grid>
              <Grid size={{ xs: 12, md: 6 }}>
                <ChipsInput prefix={p} path="tags" label={t('fields.tags')} value={values.tags} onChange={(v) => set('tags', v)} options={[]} freeSolo error={errors['tags']} helperText={t('form.addTagHint')} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <SelectInput prefix={p} path="ownerId" label={t('fields.ownerId')} value={values.ownerId} onChange={(v) => set('ownerId', v)} options={ownerOptions} error={errors['ownerId']} />
              </Grid>
              <Grid size={{ xs: 12, sm: 6 }}>
                <SelectInput
                  prefix={p}
                  path="status"
                  label={t('fields.status')}
                  value={values.status}
                  onChange={(v) => set('status', v as OrganisationFormValues['status'])}
                  options={(['prospect', 'actief', 'inactief'] as const).map((status) => ({ value: status, label: t(`status.${status}`) }))}
                  error={errors['status']}
                  required
                />
              </Grid>
            </Grid>
          </FieldGroup>
        </Paper>

        <Paper sx={{ p: 3 }} variant="outlined">
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
