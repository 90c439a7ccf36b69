import { UnavailableError, ValidationError } from '@gemeente-crm/api-kernel';
import type { KvkFout } from './kvk-responses.js';

/**
 * The register did not answer usefully (down, overloaded, too slow, or an answer we cannot
 * read). Staff can only try again later; the cause goes to the log, not to them.
 */
export function kvkUnavailable(cause: string): UnavailableError {
  const error = new UnavailableError('kvk.unavailable', 'Het KvK-register is nu niet bereikbaar. Probeer het later opnieuw.');
  error.cause = cause;
  return error;
}

/** KvK refuses our API key: a configuration problem that retrying cannot solve. */
export function kvkAccessDenied(cause: string): UnavailableError {
  const error = new UnavailableError(
    'kvk.access-denied',
    'Het KvK-register weigert de toegang van deze koppeling (API-sleutel). Meld dit aan de functioneel beheerder.',
  );
  error.cause = cause;
  return error;
}

/** KvK rejected the question itself (400); its own explanation is the most useful message. */
export function kvkQueryRejected(fout: readonly KvkFout[]): ValidationError {
  const explanation = fout.map((item) => item.omschrijving).filter(Boolean).join(' ') || 'ongeldige zoekvraag';
  return new ValidationError([{ field: '(query)', code: 'kvk.query-rejected', message: `Het KvK-register weigert deze vraag: ${explanation}` }]);
}

/** "IPD5200: Geen resultaten; IPD9999: ..." for logs. */
export function describeFout(fout: readonly KvkFout[]): string {
  return fout.map((item) => `${item.code}: ${item.omschrijving}`).join('; ');
}
