import Grid from '@mui/material/Grid';
import { useTranslation } from '@gemeente-crm/web-i18n';
import type { AddressValues } from './addressForm';
import { TextInput } from './fields';

export interface AddressFieldsProps {
  /** The form's id prefix ('org', 'person'). */
  formPrefix: string;
  /** The address's API field path ('visitingAddress', 'postalAddress'): inputs and errors are keyed by `${path}.street` etc. */
  path: string;
  values: AddressValues;
  errors: Record<string, string>;
  onChange: (part: keyof AddressValues, value: string) => void;
}

/** The inputs of one address, the same for organisations and persons. */
export function AddressFields({ formPrefix, path, values, errors, onChange }: AddressFieldsProps) {
  const { t } = useTranslation();
  const p = formPrefix;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, md: 6 }}>
        <TextInput prefix={p} path={`${path}.street`} label={t('fields.street')} value={values.street} onChange={(v) => onChange('street', v)} error={errors[`${path}.street`]} maxLength={200} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput prefix={p} path={`${path}.houseNumber`} label={t('fields.houseNumber')} value={values.houseNumber} onChange={(v) => onChange('houseNumber', v)} error={errors[`${path}.houseNumber`]} maxLength={10} />
      </Grid>
      <Grid size={{ xs: 6, md: 3 }}>
        <TextInput prefix={p} path={`${path}.houseNumberAddition`} label={t('fields.houseNumberAddition')} value={values.houseNumberAddition} onChange={(v) => onChange('houseNumberAddition', v)} error={errors[`${path}.houseNumberAddition`]} maxLength={10} />
      </Grid>
      <Grid size={{ xs: 12, sm: 4 }}>
        <TextInput prefix={p} path={`${path}.postcode`} label={t('fields.postcode')} value={values.postcode} onChange={(v) => onChange('postcode', v)} error={errors[`${path}.postcode`]} maxLength={10} />
      </Grid>
      <Grid size={{ xs: 12, sm: 5 }}>
        <TextInput prefix={p} path={`${path}.city`} label={t('fields.city')} value={values.city} onChange={(v) => onChange('city', v)} error={errors[`${path}.city`]} maxLength={100} />
      </Grid>
      <Grid size={{ xs: 12, sm: 3 }}>
        <TextInput prefix={p} path={`${path}.country`} label={t('fields.country')} value={values.country} onChange={(v) => onChange('country', v)} error={errors[`${path}.country`]} maxLength={2} helperText="NL, BE, DE…" />
      </Grid>
    </Grid>
  );
}
