import type { TFunction } from 'i18next';
import type { Address } from '@gemeente-crm/web-api-client';
import { emptyToNull, normalisePostcode, POSTCODE } from './values';

/** An address as form inputs edit it: one string per part. Organisations and persons share it. */
export interface AddressValues {
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  country: string;
}

export const ADDRESS_PARTS = ['street', 'houseNumber', 'houseNumberAddition', 'postcode', 'city', 'country'] as const;

export function emptyAddress(): AddressValues {
  return { street: '', houseNumber: '', houseNumberAddition: '', postcode: '', city: '', country: 'NL' };
}

export function addressValues(address: Address | null | undefined): AddressValues {
  if (!address) return emptyAddress();
  return {
    street: address.street ?? '',
    houseNumber: address.houseNumber ?? '',
    houseNumberAddition: address.houseNumberAddition ?? '',
    postcode: address.postcode ?? '',
    city: address.city ?? '',
    country: address.country || 'NL',
  };
}

/** No part filled in (the country alone, which has a default, does not count). */
export function isBlankAddress(address: AddressValues): boolean {
  return [address.street, address.houseNumber, address.houseNumberAddition, address.postcode, address.city].every((part) => part.trim() === '');
}

/** The address as the API takes it; a blank address is no address (null). */
export function addressInput(address: AddressValues): Address | null {
  if (isBlankAddress(address)) return null;
  const country = address.country.trim().toUpperCase() || 'NL';
  return {
    street: address.street.trim(),
    houseNumber: address.houseNumber.trim(),
    houseNumberAddition: emptyToNull(address.houseNumberAddition),
    postcode: country === 'NL' ? normalisePostcode(address.postcode) : address.postcode.trim(),
    city: address.city.trim(),
    country,
  };
}

/** Browser checks of a filled-in address, keyed by API field path (`${prefix}.postcode`). */
export function validateAddress(prefix: string, address: AddressValues, t: TFunction, errors: Record<string, string>) {
  if (isBlankAddress(address)) return;
  for (const part of ['street', 'houseNumber', 'postcode', 'city'] as const) {
    if (!address[part].trim()) errors[`${prefix}.${part}`] = t('form.requiredField', { field: t(`fields.${part}`).toLowerCase() });
  }
  const country = address.country.trim().toUpperCase() || 'NL';
  if (country === 'NL' && address.postcode.trim() && !POSTCODE.test(address.postcode.trim())) errors[`${prefix}.postcode`] = t('form.invalidPostcode');
}

/** "Markt 1 a, 5211 JX 's-Hertogenbosch" (the country only when not NL). */
export function formatAddress(address: AddressValues | Address | null | undefined): string {
  if (!address) return '';
  const number = [address.houseNumber, address.houseNumberAddition].filter(Boolean).join(' ');
  const line1 = [address.street, number].filter(Boolean).join(' ');
  const line2 = [address.postcode, address.city].filter(Boolean).join(' ');
  const country = address.country && address.country.toUpperCase() !== 'NL' ? address.country : '';
  return [line1, line2, country].filter(Boolean).join(', ');
}
