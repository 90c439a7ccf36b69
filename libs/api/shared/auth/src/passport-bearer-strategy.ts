import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from '@gemeente-crm/api-kernel';
import { Strategy } from 'passport-strategy';
import { AccessTokenError } from './access-token-error.js';
import { readBearerToken } from './bearer-token.js';

export type BearerVerifyCallback = (token: string, done: (error: unknown, actor?: Actor | false | null) => void) => void;

/** What the strategy hands to passport's `fail` when there is no token at all. */
export const MISSING_BEARER_TOKEN = 'missing-bearer-token';

/**
 * A passport strategy for RFC 6750 bearer tokens: takes the token from the Authorization header
 * and hands it to a verify callback.
 *
 * Written here, in a few lines, rather than taken from a package: `passport-azure-ad`, the
 * package Microsoft once offered for Entra ID, is archived and deprecated by Microsoft (and only
 * accepts https metadata URLs, so it cannot run against a local provider); `passport-http-bearer`
 * is unmaintained. The token itself is validated with `jose` in AccessTokenVerifier.
 *
 * A token that is refused is an authentication failure (`fail`, with the AccessTokenError as the
 * challenge); only a failure to check it at all (keys unavailable) is an error (`error`).
 */
export class PassportBearerStrategy extends Strategy {
  readonly name = 'bearer';

  constructor(private readonly verify: BearerVerifyCallback) {
    super();
  }

  override authenticate(request: { headers: IncomingHttpHeaders }): void {
    const token = readBearerToken(request.headers);
    if (token === undefined) {
      this.fail(MISSING_BEARER_TOKEN, 401);
      return;
    }
    this.verify(token, (error, actor) => {
      if (error instanceof AccessTokenError && !error.isServerSide) {
        this.fail(error, 401);
      } else if (error) {
        this.error(error instanceof Error ? error : new Error(String(error)));
      } else if (!actor) {
        this.fail(MISSING_BEARER_TOKEN, 401);
      } else {
        this.success(actor);
      }
    });
  }
}
