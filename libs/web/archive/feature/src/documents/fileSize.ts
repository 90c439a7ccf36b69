import { formatNumber } from '@gemeente-crm/web-i18n';

/** "812 B", "14 kB", "2,3 MB" (nl-NL numbers; the SI units read the same in Dutch). */
export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} kB`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.ms-outlook': 'Outlook-e-mail',
  'message/rfc822': 'E-mail',
  'text/plain': 'Tekst',
  'text/csv': 'CSV',
};

export function contentTypeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}
