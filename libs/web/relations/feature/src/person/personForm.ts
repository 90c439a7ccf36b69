import type { TFunction } from 'i18next';
import type { Person, PersonInput, PersonPatch } from '@gemeente-crm/web-api-client';
import { ADDRESS_PARTS, addressInput, addressValues, type AddressValues, emptyAddress, formatAddress, validateAddress } from '../shared/addressForm';
import { EMAIL, emptyToNull, isValidBsn, PHONE, sameValue } from '../shared/values';

export interface PersonFormValues {
  voornaam: string;
  tussenvoegsel: string;
  achternaam: string;
  email: string;
  phone: string;
  /** null: the BSN is not shown to (or editable by) this user. */
  bsn: string | null;
  /** Optional: left blank, the person has no address. */
  postalAddress: AddressValues;
}

export const PERSON_KEYS = ['voornaam', 'tussenvoegsel', 'achternaam', 'email', 'phone', 'bsn', 'postalAddress'] as const;
export type PersonKey = (typeof PERSON_KEYS)[number];
/** Every field path the form can show an error next to (API field paths), in form order. */
export const PERSON_FIELDS: readonly string[] = [
  'voornaam',
  'tussenvoegsel',
  'achternaam',
  'email',
  'phone',
  'bsn',
  ...ADDRESS_PARTS.map((part) => `postalAddress.${part}`),
  'reason',
];

export function emptyPersonValues(withBsn: boolean): PersonFormValues {
  return { voornaam: '', tussenvoegsel: '', achternaam: '', email: '', phone: '', bsn: withBsn ? '' : null, postalAddress: emptyAddress() };
}

/** `bsn` is only in the form when the API returned the key (roles that may see it). */
export function personToValues(person: Person): PersonFormValues {
  return {
    voornaam: person.voornaam ?? '',
    tussenvoegsel: person.tussenvoegsel ?? '',
    achternaam: person.achternaam,
    email: person.email ?? '',
    phone: person.phone ?? '',
    bsn: 'bsn' in person && person.bsn !== undefined ? (person.bsn ?? '') : null,
    postalAddress: addressValues(person.postalAddress),
  };
}

export function personInput(values: PersonFormValues): Omit<PersonInput, 'reason'> {
  return {
    voornaam: emptyToNull(values.voornaam),
    tussenvoegsel: emptyToNull(values.tussenvoegsel),
    achternaam: values.achternaam.trim(),
    email: emptyToNull(values.email),
    phone: emptyToNull(values.phone),
    ...(values.bsn === null ? {} : { bsn: emptyToNull(values.bsn.replace(/\D/g, '')) }),
    postalAddress: addressInput(values.postalAddress),
  };
}

export function changedPersonKeys(a: PersonFormValues, b: PersonFormValues): PersonKey[] {
  const left = personInput(a) as Record<string, unknown>;
  const right = personInput(b) as Record<string, unknown>;
  return PERSON_KEYS.filter((key) => !sameValue(left[key], right[key]));
}

export function personPatch(base: PersonFormValues, values: PersonFormValues): PersonPatch {
  const after = personInput(values) as Record<string, unknown>;
  return Object.fromEntries(changedPersonKeys(base, values).map((key) => [key, after[key] ?? null])) as PersonPatch;
}

export function reapplyPersonChanges(base: PersonFormValues, mine: PersonFormValues, theirs: PersonFormValues): PersonFormValues {
  const result = { ...theirs };
  for (const key of changedPersonKeys(base, mine)) (result as Record<string, unknown>)[key] = mine[key];
  return result;
}

export function validatePerson(values: PersonFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.achternaam.trim()) errors['achternaam'] = t('form.requiredField', { field: t('fields.achternaam').toLowerCase() });
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors['email'] = t('form.invalidEmail');
  if (values.phone.trim() && !PHONE.test(values.phone.trim())) errors['phone'] = t('form.invalidPhone');
  if (values.bsn && values.bsn.trim() && !isValidBsn(values.bsn)) errors['bsn'] = t('form.invalidBsn');
  validateAddress('postalAddress', values.postalAddress, t, errors);
  return errors;
}

/** One field of the person form as readable text (conflict dialog). */
export function personDisplayValue(key: string, values: PersonFormValues): string {
  if (key === 'postalAddress') return formatAddress(values.postalAddress);
  return String(values[key as keyof PersonFormValues] ?? '');
}

/** "Jan de Vries" */
export function displayName(values: Pick<PersonFormValues, 'voornaam' | 'tussenvoegsel' | 'achternaam'>): string {
  return [values.voornaam, values.tussenvoegsel, values.achternaam].map((part) => part.trim()).filter(Boolean).join(' ');
}
