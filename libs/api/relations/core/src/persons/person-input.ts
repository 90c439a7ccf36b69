import type { FieldError } from '@gemeente-crm/api-kernel';
import { checkAddressInput } from '../organisations/address-input.js';
import { isValidBsn, normaliseBsn } from '../rules/bsn.js';
import { isValidEmailAddress, normaliseEmailAddress } from '../rules/email-address.js';
import { isValidPhoneNumber, normalisePhoneNumber } from '../rules/phone-number.js';
import { optionalNormalisedText, optionalText } from '../rules/text.js';
import { emailError, phoneError } from '../shared/contact-details-errors.js';
import { tooLongError } from '../shared/field-length.js';
import type { PersonFields, PersonInput } from './person.js';

/** Every rule a person's fields must meet, checked at once. */
export function validatePersonInput(input: PersonInput): FieldError[] {
  return checkPersonInput(input).errors;
}

/** The input as the domain stores it: trimmed, blanks as null, BSN as 9 digits, postcode as 1234AB. */
export function normalisePersonInput(input: PersonInput): PersonFields {
  return checkPersonInput(input).fields;
}

/** Normalises and validates in one pass; `fields` is only meaningful when `errors` is empty. */
export function checkPersonInput(input: PersonInput): { fields: PersonFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const voornaam = name(input.voornaam);
  const tussenvoegsel = name(input.tussenvoegsel);
  const achternaam = name(input.achternaam) ?? '';
  if (achternaam === '') errors.push({ field: 'achternaam', code: 'achternaam.required', message: 'Vul de achternaam in.' });
  errors.push(
    ...tooLongError('voornaam', 'voornaam', voornaam, 100),
    ...tooLongError('tussenvoegsel', 'tussenvoegsel', tussenvoegsel, 30),
    ...tooLongError('achternaam', 'achternaam', achternaam, 150),
  );

  const email = optionalNormalisedText(input.email, normaliseEmailAddress);
  if (email && !isValidEmailAddress(email)) errors.push(emailError('email'));
  const phone = optionalNormalisedText(input.phone, normalisePhoneNumber);
  if (phone && !isValidPhoneNumber(phone)) errors.push(phoneError('phone'));

  const bsn = optionalNormalisedText(input.bsn, normaliseBsn);
  if (bsn && !isValidBsn(bsn)) {
    // The message must not repeat the number: error messages end up in logs and screenshots.
    errors.push({ field: 'bsn', code: 'bsn.invalid', message: 'Het BSN is ongeldig: het moet uit 9 cijfers bestaan en aan de elfproef voldoen.' });
  }

  // The same address rules as an organisation's: errors read `postalAddress.postcode`.
  const postal = checkAddressInput(input.postalAddress, 'postalAddress');
  errors.push(...postal.errors);

  return { fields: { voornaam, tussenvoegsel, achternaam, email, phone, bsn, postalAddress: postal.address }, errors };
}

function name(value: string | null | undefined): string | null {
  return optionalText(value)?.replace(/\s+/g, ' ') ?? null;
}
