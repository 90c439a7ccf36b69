import { formatNumber } from '@gemeente-crm/web-i18n';

/** A score 0..1 as a Dutch percentage ("87%"). */
export function scoreText(score: number): string {
  return `${formatNumber(Math.round(score * 100))}%`;
}
