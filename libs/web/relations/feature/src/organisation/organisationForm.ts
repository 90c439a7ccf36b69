import type { TFunction } from 'i18next';
import type { Address, KvkCompanyHit, KvkDifference, KvkField, KvkOrganisationPrefill, Organisation, OrganisationInput, OrganisationPatch, OrganisationStatus } from '@gemeente-crm/web-api-client';
import { ADDRESS_PARTS, addressInput, addressValues, type AddressValues, emptyAddress, formatAddress, validateAddress } from '../shared/addressForm';
import { EMAIL, emptyToNull, PHONE, sameValue } from '../shared/values';

// The address model is shared with persons; these names stay importable from here.
export { type AddressValues, emptyAddress, formatAddress } from '../shared/addressForm';

/** What the organisation form edits: strings for inputs, arrays for multi-selects. */
export interface OrganisationFormValues {
  name: string;
  kvkNumber: string;
  vestigingsnummer: string;
  legalForm: string;
  sbiCodes: string[];
  visitingAddress: AddressValues;
  hasPostalAddress: boolean;
  postalAddress: AddressValues;
  phone: string;
  email: string;
  website: string;
  relationTypes: string[];
  tags: string[];
  ownerId: string;
  status: OrganisationStatus;
}

/** The keys compared for changes and conflicts (the form's units of change). */
export const ORGANISATION_KEYS = [
  'name',
  'kvkNumber',
  'vestigingsnummer',
  'legalForm',
  'sbiCodes',
  'visitingAddress',
  'postalAddress',
  'phone',
  'email',
  'website',
  'relationTypes',
  'tags',
  'ownerId',
  'status',
] as const satisfies readonly (keyof OrganisationInput)[];

export type OrganisationKey = (typeof ORGANISATION_KEYS)[number];

/** Every field path the form can show an error next to (API field paths). */
export const ORGANISATION_FIELDS: readonly string[] = [
  'name',
  'kvkNumber',
  'vestigingsnummer',
  'legalForm',
  'sbiCodes',
  ...ADDRESS_PARTS.map((part) => `visitingAddress.${part}`),
  ...ADDRESS_PARTS.map((part) => `postalAddress.${part}`),
  'phone',
  'email',
  'website',
  'relationTypes',
  'tags',
  'ownerId',
  'status',
  'reason',
];

export function emptyOrganisationValues(ownerId = ''): OrganisationFormValues {
  return {
    name: '',
    kvkNumber: '',
    vestigingsnummer: '',
    legalForm: '',
    sbiCodes: [],
    visitingAddress: emptyAddress(),
    hasPostalAddress: false,
    postalAddress: emptyAddress(),
    phone: '',
    email: '',
    website: '',
    relationTypes: [],
    tags: [],
    ownerId,
    status: 'prospect',
  };
}

export function organisationToValues(organisation: Organisation): OrganisationFormValues {
  return {
    name: organisation.name,
    kvkNumber: organisation.kvkNumber ?? '',
    vestigingsnummer: organisation.vestigingsnummer ?? '',
    legalForm: organisation.legalForm ?? '',
    sbiCodes: [...organisation.sbiCodes],
    visitingAddress: addressValues(organisation.visitingAddress),
    hasPostalAddress: organisation.postalAddress !== null,
    postalAddress: addressValues(organisation.postalAddress),
    phone: organisation.phone ?? '',
    email: organisation.email ?? '',
    website: organisation.website ?? '',
    relationTypes: [...organisation.relationTypes],
    tags: [...organisation.tags],
    ownerId: organisation.ownerId ?? '',
    status: organisation.status,
  };
}

function websiteInput(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/** The request body for POST (and the basis of a PATCH). */
export function organisationInput(values: OrganisationFormValues): Required<Omit<OrganisationInput, 'reason'>> {
  return {
    name: values.name.trim(),
    kvkNumber: emptyToNull(values.kvkNumber.replace(/\s/g, '')),
    vestigingsnummer: emptyToNull(values.vestigingsnummer.replace(/\s/g, '')),
    legalForm: emptyToNull(values.legalForm),
    sbiCodes: values.sbiCodes.map((code) => code.trim()).filter(Boolean),
    visitingAddress: addressInput(values.visitingAddress),
    postalAddress: values.hasPostalAddress ? addressInput(values.postalAddress) : null,
    phone: emptyToNull(values.phone),
    email: emptyToNull(values.email),
    website: websiteInput(values.website),
    relationTypes: [...values.relationTypes],
    tags: values.tags.map((tag) => tag.trim()).filter(Boolean),
    ownerId: emptyToNull(values.ownerId),
    status: values.status,
  };
}

/** Only what the user changed compared with `base` (PATCH body). */
export function organisationPatch(base: OrganisationFormValues, values: OrganisationFormValues): OrganisationPatch {
  const before = organisationInput(base);
  const after = organisationInput(values);
  const patch: Record<string, unknown> = {};
  for (const key of ORGANISATION_KEYS) if (!sameValue(before[key], after[key])) patch[key] = after[key];
  return patch as OrganisationPatch;
}

/** Keys whose submitted value differs between two form states. */
export function changedOrganisationKeys(a: OrganisationFormValues, b: OrganisationFormValues): OrganisationKey[] {
  const left = organisationInput(a);
  const right = organisationInput(b);
  return ORGANISATION_KEYS.filter((key) => !sameValue(left[key], right[key]));
}

/** Applies `mine`'s changes (relative to `base`) on top of `theirs`: re-applying after a conflict. */
export function reapplyOrganisationChanges(base: OrganisationFormValues, mine: OrganisationFormValues, theirs: OrganisationFormValues): OrganisationFormValues {
  const result: OrganisationFormValues = { ...theirs };
  for (const key of changedOrganisationKeys(base, mine)) {
    if (key === 'postalAddress') {
      result.hasPostalAddress = mine.hasPostalAddress;
      result.postalAddress = mine.postalAddress;
    } else {
      (result as unknown as Record<string, unknown>)[key] = mine[key];
    }
  }
  return result;
}

/** Checks in the browser that mirror the API's rules; the API stays the judge (422). */
export function validateOrganisation(values: OrganisationFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors['name'] = t('form.requiredField', { field: t('fields.name').toLowerCase() });
  const kvk = values.kvkNumber.replace(/\s/g, '');
  if (kvk && !/^\d{8}$/.test(kvk)) errors['kvkNumber'] = t('form.invalidKvk');
  const vestiging = values.vestigingsnummer.replace(/\s/g, '');
  if (vestiging && !/^\d{12}$/.test(vestiging)) errors['vestigingsnummer'] = t('form.invalidVestigingsnummer');
  if (values.sbiCodes.some((code) => !/^\d{2,5}$/.test(code.trim()))) errors['sbiCodes'] = t('form.invalidSbi');
  validateAddress('visitingAddress', values.visitingAddress, t, errors);
  if (values.hasPostalAddress) validateAddress('postalAddress', values.postalAddress, t, errors);
  if (values.email.trim() && !EMAIL.test(values.email.trim())) errors['email'] = t('form.invalidEmail');
  if (values.phone.trim() && !PHONE.test(values.phone.trim())) errors['phone'] = t('form.invalidPhone');
  if (values.website.trim()) {
    try {
      const url = new URL(websiteInput(values.website) ?? '');
      if (!url.hostname.includes('.')) throw new Error('no domain');
    } catch {
      errors['website'] = t('form.invalidWebsite');
    }
  }
  return errors;
}

/** A KvK value (shaped as in Organisation) as form values for `field`. */
function kvkFieldValues(field: KvkField, value: unknown): Partial<OrganisationFormValues> {
  switch (field) {
    case 'sbiCodes':
      return { sbiCodes: Array.isArray(value) ? value.map(String) : [] };
    case 'visitingAddress':
      return { visitingAddress: addressValues(value as Address | null) };
    case 'postalAddress':
      return { hasPostalAddress: value !== null && value !== undefined, postalAddress: addressValues(value as Address | null) };
    default:
      return { [field]: typeof value === 'string' ? value : '' };
  }
}

/**
 * The form after choosing a company in the KvK search: the fields KvK is the source for are
 * taken from the profile where KvK has a value (as on the API: KvK not knowing a website is no
 * reason to clear one); what only the CRM knows (owner, status, tags, contact details) stays as
 * typed. For a branch, its own vestigingsnummer and the address parts the search gave replace
 * the main branch's.
 */
export function applyKvkPrefill(values: OrganisationFormValues, prefill: KvkOrganisationPrefill, hit?: KvkCompanyHit): OrganisationFormValues {
  const known: [KvkField, unknown][] = [
    ['vestigingsnummer', prefill.vestigingsnummer],
    ['legalForm', prefill.legalForm],
    ['sbiCodes', prefill.sbiCodes.length ? prefill.sbiCodes : null],
    ['visitingAddress', prefill.visitingAddress],
    ['postalAddress', prefill.postalAddress],
    ['website', prefill.website],
  ];
  let next: OrganisationFormValues = { ...values, name: prefill.name, kvkNumber: prefill.kvkNumber ?? hit?.kvkNumber ?? values.kvkNumber };
  for (const [field, value] of known) if (value !== null && value !== undefined && value !== '') next = { ...next, ...kvkFieldValues(field, value) };
  if (hit?.type === 'branch' && hit.vestigingsnummer) {
    next.vestigingsnummer = hit.vestigingsnummer;
    if (hit.street || hit.city) {
      next.visitingAddress = {
        ...emptyAddress(),
        street: hit.street ?? '',
        houseNumber: hit.houseNumber ?? '',
        houseNumberAddition: hit.houseNumberAddition ?? '',
        postcode: hit.postcode ?? '',
        city: hit.city ?? '',
      };
    }
  }
  return next;
}

/** `values` with the chosen KvK differences applied: what the organisation would become. */
export function applyKvkDifferences(values: OrganisationFormValues, differences: readonly KvkDifference[], fields: readonly KvkField[]): OrganisationFormValues {
  let next = values;
  for (const difference of differences) if (fields.includes(difference.field)) next = { ...next, ...kvkFieldValues(difference.field, difference.fromKvk) };
  return next;
}

/** A KvK difference value (shaped as in Organisation) as readable text. */
export function kvkValueText(field: KvkField, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (field === 'visitingAddress' || field === 'postalAddress') return formatAddress(value as Address);
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}
