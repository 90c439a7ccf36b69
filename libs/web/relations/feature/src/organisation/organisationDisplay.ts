import type { TFunction } from 'i18next';
import type { RelationType, User } from '@gemeente-crm/web-api-client';
import { ownerLabel, relationTypeLabel, statusLabel } from '../shared/labels';
import { formatAddress, type OrganisationFormValues } from './organisationForm';

export interface OrganisationDisplayContext {
  relationTypes: readonly RelationType[] | undefined;
  owners: readonly User[] | undefined;
  /** Name to show for an owner who is not (or no longer) an account manager. */
  ownerFallback?: string | null | undefined;
}

/** One field of the organisation form as readable text (conflict dialog, comparisons). */
export function organisationDisplayValue(t: TFunction, key: string, values: OrganisationFormValues, context: OrganisationDisplayContext): string {
  switch (key) {
    case 'visitingAddress':
      return formatAddress(values.visitingAddress);
    case 'postalAddress':
      return values.hasPostalAddress ? formatAddress(values.postalAddress) : '';
    case 'relationTypes':
      return values.relationTypes.map((code) => relationTypeLabel(code, context.relationTypes)).join(', ');
    case 'tags':
      return values.tags.join(', ');
    case 'sbiCodes':
      return values.sbiCodes.join(', ');
    case 'ownerId':
      return values.ownerId ? ownerLabel(values.ownerId, context.owners, context.ownerFallback) : '';
    case 'status':
      return statusLabel(t, values.status);
    default:
      return String(values[key as keyof OrganisationFormValues] ?? '');
  }
}
