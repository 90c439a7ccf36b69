import type { FieldError } from '@gemeente-crm/api-kernel';

/** Organisations and persons share phone and e-mail rules, so they share the wording too. */
export function phoneError(field: string): FieldError {
  return {
    field,
    code: 'phone.invalid',
    message: 'Vul een telefoonnummer in met 10 tot 15 cijfers; alleen cijfers, spaties, +, - en haakjes zijn toegestaan.',
  };
}

export function emailError(field: string): FieldError {
  return { field, code: 'email.invalid', message: 'Vul een geldig e-mailadres in, zoals info@voorbeeld.nl.' };
}
