import type { Address } from '@gemeente-crm/relations-core';
import type { BasisprofielAdres } from './kvk-responses.js';

/** KvK names countries in Dutch; the CRM stores ISO codes. The neighbours cover nearly all cases. */
const COUNTRY_CODES: Record<string, string> = {
  nederland: 'NL',
  belgie: 'BE',
  duitsland: 'DE',
  frankrijk: 'FR',
  luxemburg: 'LU',
  'verenigd koninkrijk': 'GB',
};

function countryCode(land: string | undefined): string | null {
  if (!land) return 'NL';
  const name = land.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();
  return COUNTRY_CODES[name] ?? null;
}

/** "12", huisletter "A", toevoeging "2" → "A-2": the letter belongs to the number, the addition follows it. */
export function houseNumberAddition(huisletter: string | undefined, toevoeging: string | undefined): string | null {
  const letter = huisletter?.trim() ?? '';
  const addition = toevoeging?.trim() ?? '';
  if (!letter && !addition) return null;
  return letter && addition ? `${letter}-${addition}` : letter || addition;
}

export function text(value: string | number | undefined): string | null {
  const result = value === undefined ? '' : String(value).trim();
  return result === '' ? null : result;
}

/**
 * One address of a Basisprofiel as the CRM's Address; null for a shielded address (KvK
 * hides it, e.g. for someone working from home) and for a country we cannot name.
 * A postbus becomes street "Postbus" with its number, the way Dutch post addresses are written.
 */
export function addressFromKvk(adres: BasisprofielAdres | undefined): Address | null {
  if (!adres || adres.indAfgeschermd === 'Ja') return null;
  const country = countryCode(adres.land);
  if (!country) return null;
  if (!adres.straatnaam && !adres.postbusnummer && (adres.straatHuisnummer || adres.postcodeWoonplaats)) {
    return { street: text(adres.straatHuisnummer), houseNumber: null, houseNumberAddition: null, postcode: null, city: text(adres.postcodeWoonplaats), country };
  }
  const postbus = !adres.straatnaam && adres.postbusnummer !== undefined;
  return {
    street: postbus ? 'Postbus' : text(adres.straatnaam),
    houseNumber: text(postbus ? adres.postbusnummer : adres.huisnummer),
    houseNumberAddition: postbus ? null : houseNumberAddition(adres.huisletter, adres.huisnummerToevoeging),
    postcode: text(adres.postcode)?.replace(/\s/g, '').toUpperCase() ?? null,
    city: text(adres.plaats),
    country,
  };
}
