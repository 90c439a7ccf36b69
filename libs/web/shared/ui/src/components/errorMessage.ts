import { isApiError } from '@gemeente-crm/web-api-client';
import type { TFunction } from 'i18next';

/** The calm Dutch sentence for any failure: an ApiError by kind, anything else as "unexpected". */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('errors.unknown');
  // Codes the UI has its own, calmer sentence for.
  if (error.code === 'kvk.unavailable') return t('kvk.unavailable');
  if (error.code === 'kvk.access-denied') return t('kvk.accessDenied');
  if (error.code === 'kvk.company-not-found') return t('kvk.notFound');
  switch (error.kind) {
    case 'network':
      return t('errors.network');
    case 'server':
      return t('errors.server');
    case 'rate-limited':
      return t('errors.rateLimited');
    case 'forbidden':
      return t('errors.forbidden');
    case 'not-found':
      return t('errors.notFound');
    case 'unauthenticated':
      return t('errors.unauthenticated');
    case 'stale-version':
      return t('errors.stale');
    case 'precondition-required':
      return t('errors.preconditionRequired');
    case 'validation':
      return error.problem?.detail ?? t('errors.validation');
    case 'conflict':
      return error.problem?.detail ?? t('errors.conflict');
    case 'bad-request':
      return error.problem?.detail ?? t('errors.badRequest');
  }
}
