import type { i18n as I18n, TFunction } from 'i18next';
import { formatDateTime } from '@gemeente-crm/web-i18n';
import { formatAddress } from '../organisation/organisationForm';
import { statusLabel } from './labels';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function fieldLabel(t: TFunction, i18n: I18n, field: string): string {
  const key = `fields.${field}`;
  return i18n.exists(key) ? t(key as 'fields.name') : field;
}

/** Any value from an audit entry (`changes[field].old/new`) as readable Dutch text. */
export function historyValue(t: TFunction, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (field === 'status') return statusLabel(t, value);
    if (ISO_DATE_TIME.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => historyValue(t, field, item)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('postcode' in record || 'street' in record) return formatAddress(record as unknown as Parameters<typeof formatAddress>[0]);
    return Object.entries(record)
      .map(([key, item]) => `${key}: ${historyValue(t, key, item)}`)
      .join('; ');
  }
  return String(value);
}
