import type { FieldError } from '@gemeente-crm/api-kernel';
import { optionalText } from '@gemeente-crm/relations-core';
import { isCalendarDate } from '../shared/calendar-date.js';
import { LEAD_RELATION_TYPES, type LeadFields, type LeadInput, type LeadRelationType } from './lead.js';

export const MAX_LEAD_TITLE_LENGTH = 200;
export const MAX_NEXT_ACTION_LENGTH = 300;
export const MAX_NOTES_LENGTH = 10_000;
/** 10 billion euro: far above any lead, far below where cents stop being exact integers. */
export const MAX_VALUE_CENTS = 1_000_000_000_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Normalises and validates a lead in one pass, so a form shows every problem at once; `fields`
 * is only meaningful when `errors` is empty. Whether the relation, owner and source exist is
 * checked by the use case. `relationOptional`: a new prospect organisation will supply it.
 */
export function checkLeadInput(input: LeadInput, options: { relationOptional?: boolean } = {}): { fields: LeadFields; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const title = optionalText(input.title)?.replace(/\s+/g, ' ') ?? '';
  if (!title) errors.push({ field: 'title', code: 'title.required', message: 'Geef de lead een titel.' });
  else if (title.length > MAX_LEAD_TITLE_LENGTH) {
    errors.push({ field: 'title', code: 'title.too-long', message: `De titel mag hoogstens ${MAX_LEAD_TITLE_LENGTH} tekens lang zijn.` });
  }

  let relation = { objectType: 'organisation' as LeadRelationType, objectId: '' };
  if (!input.relation) {
    if (!options.relationOptional) {
      errors.push({ field: 'relation', code: 'relation.required', message: 'Kies de organisatie of persoon waar de lead over gaat.' });
    }
  } else {
    const objectType = optionalText(input.relation.objectType)?.toLowerCase() ?? '';
    const objectId = optionalText(input.relation.objectId)?.toLowerCase() ?? '';
    if (!(LEAD_RELATION_TYPES as readonly string[]).includes(objectType)) {
      errors.push({ field: 'relation.objectType', code: 'relation.type-invalid', message: 'Een lead gaat over een organisatie of een persoon.' });
    }
    if (!UUID.test(objectId)) errors.push({ field: 'relation.objectId', code: 'relation.id-invalid', message: 'Het id moet een UUID zijn.' });
    relation = { objectType: objectType as LeadRelationType, objectId };
  }

  const expectedValueCents = input.expectedValueCents ?? null;
  if (expectedValueCents !== null && (!Number.isSafeInteger(expectedValueCents) || expectedValueCents < 0 || expectedValueCents > MAX_VALUE_CENTS)) {
    errors.push({ field: 'expectedValueCents', code: 'expected-value.invalid', message: 'Vul een bedrag van 0 euro of meer in (hele centen).' });
  }
  const probability = input.probability ?? null;
  if (probability !== null && (!Number.isInteger(probability) || probability < 0 || probability > 100)) {
    errors.push({ field: 'probability', code: 'probability.invalid', message: 'De kans is een heel getal van 0 tot en met 100.' });
  }
  const expectedDecisionDate = optionalText(input.expectedDecisionDate);
  if (expectedDecisionDate && !isCalendarDate(expectedDecisionDate)) {
    errors.push({ field: 'expectedDecisionDate', code: 'expected-decision-date.invalid', message: 'Vul een bestaande datum in als JJJJ-MM-DD.' });
  }
  const nextAction = optionalText(input.nextAction)?.replace(/\s+/g, ' ') ?? null;
  if (nextAction && nextAction.length > MAX_NEXT_ACTION_LENGTH) {
    errors.push({ field: 'nextAction', code: 'next-action.too-long', message: `De volgende actie mag hoogstens ${MAX_NEXT_ACTION_LENGTH} tekens lang zijn.` });
  }
  const nextActionDate = optionalText(input.nextActionDate);
  if (nextActionDate && !isCalendarDate(nextActionDate)) {
    errors.push({ field: 'nextActionDate', code: 'next-action-date.invalid', message: 'Vul een bestaande datum in als JJJJ-MM-DD.' });
  }
  const notes = optionalText(input.notes);
  if (notes && notes.length > MAX_NOTES_LENGTH) {
    errors.push({ field: 'notes', code: 'notes.too-long', message: `De notities mogen hoogstens ${MAX_NOTES_LENGTH} tekens lang zijn.` });
  }

  return {
    fields: {
      title,
      relation,
      sourceCode: optionalText(input.sourceCode)?.toLowerCase() ?? null,
      ownerId: optionalText(input.ownerId),
      expectedValueCents,
      probability,
      expectedDecisionDate,
      nextAction,
      nextActionDate,
      notes,
    },
    errors,
  };
}
