import type { FieldError } from '@gemeente-crm/api-kernel';
import { isValidEmailAddress, normaliseEmailAddress } from '../rules/email-address.js';
import { isValidKvkNumber, normaliseKvkNumber } from '../rules/kvk-number.js';
import { isValidPhoneNumber, normalisePhoneNumber } from '../rules/phone-number.js';
import { isValidSbiCode, normaliseSbiCode, normaliseSbiCodes } from '../rules/sbi-code.js';
import { MAX_TAG_LENGTH, normaliseTag, normaliseTags } from '../rules/tags.js';
import { optionalNormalisedText, optionalText } from '../rules/text.js';
import { isValidVestigingsnummer, normaliseVestigingsnummer } from '../rules/vestigingsnummer.js';
import { isValidWebsiteUrl, normaliseWebsiteUrl } from '../rules/website-url.js';
import { emailError, phoneError } from '../shared/contact-details-errors.js';
import { tooLongError } from '../shared/field-length.js';
import { checkAddressInput } from './address-input.js';
import { parseLegalForm } from './legal-form-input.js';
import {
  DEFAULT_ORGANISATION_STATUS,
  isOrganisationStatus,
  LEGAL_FORMS,
  type OrganisationFields,
  type OrganisationInput,
} from './organisation.js';

export interface OrganisationValidationOptions {
  /** The relation type codes a caller may assign (the active ones from the RelationTypeCatalog). */
  relationTypeCodes: readonly string[];
}

export const MAX_ORGANISATION_NAME_LENGTH = 300;

/**
 * Every rule an organisation's fields must meet, checked at once so a form can show all
 * problems together. Errors name the field by its dotted path (`visitingAddress.postcode`,
 * `sbiCodes.1`) as the caller sent it.
 */
export function validateOrganisationInput(input: OrganisationInput, options: OrganisationValidationOptions): FieldError[] {
  return checkOrganisationInput(input, options).errors;
}

/** The input as the domain stores it: trimmed, blanks as null, codes and postcodes normalised. */
export function normaliseOrganisationInput(input: OrganisationInput): OrganisationFields {
  return checkOrganisationInput(input, { relationTypeCodes: [] }).fields;
}

/** Normalises and validates in one pass; `fields` is only meaningful when `errors` is empty. */
export function checkOrganisationInput(
  input: OrganisationInput,
  options: OrganisationValidationOptions,
): { fields: OrganisationFields; errors: FieldError[] } {
  const errors: FieldError[] = [];

  const name = optionalText(input.name) ?? '';
  if (name === '') errors.push({ field: 'name', code: 'name.required', message: 'Vul de naam van de organisatie in.' });
  errors.push(...tooLongError('name', 'name', name, MAX_ORGANISATION_NAME_LENGTH));

  const kvkNumber = optionalNormalisedText(input.kvkNumber, normaliseKvkNumber);
  if (kvkNumber && !isValidKvkNumber(kvkNumber)) {
    errors.push({ field: 'kvkNumber', code: 'kvk-number.invalid', message: 'Een KvK-nummer bestaat uit 8 cijfers.' });
  }
  const vestigingsnummer = optionalNormalisedText(input.vestigingsnummer, normaliseVestigingsnummer);
  if (vestigingsnummer && !isValidVestigingsnummer(vestigingsnummer)) {
    errors.push({ field: 'vestigingsnummer', code: 'vestigingsnummer.invalid', message: 'Een vestigingsnummer bestaat uit 12 cijfers.' });
  }
  if (vestigingsnummer && !kvkNumber) {
    errors.push({
      field: 'vestigingsnummer',
      code: 'vestigingsnummer.requires-kvk-number',
      message: 'Een vestigingsnummer hoort bij een KvK-nummer; vul ook het KvK-nummer in.',
    });
  }

  const rawLegalForm = optionalText(input.legalForm);
  const legalForm = rawLegalForm ? parseLegalForm(rawLegalForm) : null;
  if (rawLegalForm && !legalForm) {
    errors.push({ field: 'legalForm', code: 'legal-form.unknown', message: `Onbekende rechtsvorm; kies uit ${LEGAL_FORMS.join(', ')}.` });
  }

  (input.sbiCodes ?? []).forEach((raw, index) => {
    const code = normaliseSbiCode(raw);
    if (code !== '' && !isValidSbiCode(code)) {
      errors.push({
        field: `sbiCodes.${index}`,
        code: 'sbi-code.invalid',
        message: 'Een SBI-code bestaat uit 2 tot 5 cijfers, eventueel met punten (zoals 47.24 of 56101).',
      });
    }
  });
  const sbiCodes = normaliseSbiCodes(input.sbiCodes ?? []);

  const visiting = checkAddressInput(input.visitingAddress, 'visitingAddress');
  const postal = checkAddressInput(input.postalAddress, 'postalAddress');
  errors.push(...visiting.errors, ...postal.errors);

  const phone = optionalNormalisedText(input.phone, normalisePhoneNumber);
  if (phone && !isValidPhoneNumber(phone)) errors.push(phoneError('phone'));
  const email = optionalNormalisedText(input.email, normaliseEmailAddress);
  if (email && !isValidEmailAddress(email)) errors.push(emailError('email'));
  const website = optionalNormalisedText(input.website, normaliseWebsiteUrl);
  if (website && !isValidWebsiteUrl(website)) {
    errors.push({ field: 'website', code: 'website.invalid', message: 'Vul een geldig webadres in, zoals https://www.voorbeeld.nl.' });
  }

  const allowedRelationTypes = new Set(options.relationTypeCodes);
  const relationTypes = [...new Set((input.relationTypes ?? []).map(normaliseRelationTypeCode).filter((code) => code !== ''))];
  (input.relationTypes ?? []).forEach((raw, index) => {
    const code = normaliseRelationTypeCode(raw);
    if (code !== '' && !allowedRelationTypes.has(code)) {
      errors.push({ field: `relationTypes.${index}`, code: 'relation-type.unknown', message: `Onbekend of niet actief relatietype "${code}".` });
    }
  });

  (input.tags ?? []).forEach((raw, index) => {
    if (normaliseTag(raw).length > MAX_TAG_LENGTH) {
      errors.push({ field: `tags.${index}`, code: 'tag.too-long', message: `Een tag mag hoogstens ${MAX_TAG_LENGTH} tekens lang zijn.` });
    }
  });
  const tags = normaliseTags(input.tags ?? []);

  const rawStatus = optionalText(input.status)?.toLowerCase() ?? null;
  if (rawStatus && !isOrganisationStatus(rawStatus)) {
    errors.push({ field: 'status', code: 'status.unknown', message: 'Kies als status prospect, actief of inactief.' });
  }
  const status = rawStatus && isOrganisationStatus(rawStatus) ? rawStatus : DEFAULT_ORGANISATION_STATUS;

  return {
    fields: {
      name,
      kvkNumber,
      vestigingsnummer,
      legalForm,
      sbiCodes,
      visitingAddress: visiting.address,
      postalAddress: postal.address,
      phone,
      email,
      website,
      relationTypes,
      tags,
      ownerId: optionalText(input.ownerId),
      status,
    },
    errors,
  };
}

function normaliseRelationTypeCode(raw: string): string {
  return raw.trim().toLowerCase();
}
