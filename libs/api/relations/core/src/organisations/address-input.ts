import type { FieldError } from '@gemeente-crm/api-kernel';
import { isValidPostcode, normalisePostcode } from '../rules/postcode.js';
import { optionalText } from '../rules/text.js';
import { tooLongError } from '../shared/field-length.js';
import { type Address, type AddressInput, DEFAULT_COUNTRY } from './address.js';

const COUNTRY_CODE = /^[A-Z]{2}$/;
/** Dutch house numbers run from 1 to 99999; letters and suffixes go in the addition. */
const DUTCH_HOUSE_NUMBER = /^[1-9]\d{0,4}$/;

/**
 * Normalises and checks one address. `field` is the address's path in the input, so errors
 * read `visitingAddress.postcode`. A blank address (no part filled in) is no address: null.
 */
export function checkAddressInput(input: AddressInput | null | undefined, field: string): { address: Address | null; errors: FieldError[] } {
  if (!input) return { address: null, errors: [] };
  const country = optionalText(input.country)?.toUpperCase() ?? DEFAULT_COUNTRY;
  const dutch = country === DEFAULT_COUNTRY;
  const rawPostcode = optionalText(input.postcode);
  const address: Address = {
    street: optionalText(input.street),
    houseNumber: optionalText(input.houseNumber),
    houseNumberAddition: optionalText(input.houseNumberAddition),
    // Foreign postcodes have their own formats; we keep them as entered.
    postcode: rawPostcode && dutch ? normalisePostcode(rawPostcode) : rawPostcode,
    city: optionalText(input.city),
    country,
  };
  const { street, houseNumber, houseNumberAddition, postcode, city } = address;
  if (!street && !houseNumber && !houseNumberAddition && !postcode && !city) return { address: null, errors: [] };

  const errors: FieldError[] = [];
  if (!COUNTRY_CODE.test(country)) {
    errors.push({ field: `${field}.country`, code: 'country.invalid', message: 'Gebruik een landcode van twee letters, zoals NL of BE.' });
  }
  if (dutch && postcode && !isValidPostcode(postcode)) {
    errors.push({ field: `${field}.postcode`, code: 'postcode.invalid', message: 'Vul een Nederlandse postcode in, zoals 5211 AB.' });
  }
  if (dutch && houseNumber && !DUTCH_HOUSE_NUMBER.test(houseNumber)) {
    errors.push({
      field: `${field}.houseNumber`,
      code: 'house-number.invalid',
      message: 'Vul het huisnummer in cijfers in; een toevoeging zoals "a" hoort in het veld toevoeging.',
    });
  }
  if (!city) {
    errors.push({ field: `${field}.city`, code: 'city.required', message: 'Vul de plaats in; zonder plaats is een adres onbruikbaar.' });
  }
  errors.push(
    ...tooLongError(`${field}.street`, 'street', street, 200),
    ...tooLongError(`${field}.houseNumber`, 'house-number', houseNumber, 10),
    ...tooLongError(`${field}.houseNumberAddition`, 'house-number-addition', houseNumberAddition, 10),
    ...tooLongError(`${field}.postcode`, 'postcode', dutch ? null : postcode, 10),
    ...tooLongError(`${field}.city`, 'city', city, 100),
  );
  return { address, errors };
}
