import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  ServiceUnavailableException,
  UnauthorizedException,
} from '@nestjs/common';
import type { Actor } from '@gemeente-crm/api-kernel';
import passport from 'passport';
import { AccessTokenError, type AccessTokenErrorReason } from './access-token-error.js';
import { BearerStrategy } from './bearer.strategy.js';
import { isAccessGranted, resolveRouteAccess } from './route-access.js';

const TOKEN_INVALID_DETAIL: Record<AccessTokenErrorReason, string> = {
  malformed: 'Het toegangstoken is geen geldig JWT.',
  'algorithm-not-allowed': 'Het toegangstoken is ondertekend met een algoritme dat niet is toegestaan.',
  'unknown-key': 'Het toegangstoken is ondertekend met een sleutel die de inlogdienst niet publiceert.',
  'bad-signature': 'De handtekening van het toegangstoken klopt niet.',
  expired: 'Het toegangstoken is verlopen. Log opnieuw in.',
  'not-yet-valid': 'Het toegangstoken is nog niet geldig. Controleer de klok van het systeem dat het aanvraagt.',
  'wrong-issuer': 'Het toegangstoken is niet uitgegeven door de inlogdienst van deze applicatie.',
  'wrong-audience': 'Het toegangstoken is niet bedoeld voor deze API.',
  'missing-claim': 'In het toegangstoken ontbreekt een verplicht gegeven (zoals tid, oid of exp).',
  'invalid-claim': 'Het toegangstoken bevat een ongeldig gegeven.',
  'keys-unavailable': 'De sleutels van de inlogdienst konden niet worden opgehaald.',
};

interface HttpRequest {
  user?: Actor;
}

interface HttpResponse {
  header?(name: string, value: string): unknown;
  setHeader?(name: string, value: string): unknown;
}

/**
 * The global guard: every route is closed unless it says otherwise.
 *
 * 1. A `@Public()` route is let through without looking at the token.
 * 2. Otherwise the caller must present a valid bearer token (401 when absent or refused, 503 when
 *    the identity provider's keys cannot be fetched, so clients do not throw away good tokens).
 * 3. Then the route must declare its roles: a route without `@Roles` is refused to everybody
 *    (403 `route-roles-undeclared`), and a user without one of the roles gets 403 `role-not-allowed`.
 *
 * The Actor is attached to `request.user` for `@CurrentActor()` and interceptors.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly strategy: BearerStrategy) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const access = resolveRouteAccess(context.getHandler(), context.getClass());
    if (access.kind === 'public') return true;
    if (context.getType() !== 'http') {
      throw new ForbiddenException({ code: 'forbidden', title: 'Geen toegang', detail: 'Alleen HTTP-verzoeken worden ondersteund.' });
    }

    const http = context.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<HttpResponse>();
    const actor = await this.authenticate(request, response);
    request.user = actor;

    if (access.kind === 'undeclared') {
      throw new ForbiddenException({
        code: 'route-roles-undeclared',
        title: 'Geen toegang',
        detail: 'Voor deze route is niet vastgelegd welke rollen hem mogen gebruiken; daarom heeft niemand toegang.',
      });
    }
    if (!isAccessGranted(access, actor)) {
      throw new ForbiddenException({
        code: 'role-not-allowed',
        title: 'Geen toegang',
        detail: `Hiervoor heb je een van deze rollen nodig: ${access.roles.join(', ')}.`,
      });
    }
    return true;
  }

  private authenticate(request: HttpRequest, response: HttpResponse): Promise<Actor> {
    return new Promise((resolve, reject) => {
      // A fresh object per request: passport attaches its success/fail callbacks to the strategy
      // object it is given, and the Nest provider is shared by concurrent requests. Passing the
      // instance rather than the name 'bearer' also keeps two Nest apps in one process (tests)
      // from using each other's strategy through passport's global registry.
      const strategy = Object.create(this.strategy) as BearerStrategy;
      const authenticate = passport.authenticate(strategy, { session: false }, (error: unknown, actor: Actor | false, challenge: unknown) => {
        if (error) {
          reject(this.unavailable(error));
        } else if (actor) {
          resolve(actor);
        } else {
          reject(this.unauthorized(response, challenge));
        }
      }) as (request: unknown, response: unknown, next: (error?: unknown) => void) => void;
      authenticate(request, response, (error) => reject(error ?? new Error('passport ended without a decision')));
    });
  }

  private unauthorized(response: HttpResponse, challenge: unknown): UnauthorizedException {
    if (challenge instanceof AccessTokenError) {
      setHeader(response, 'WWW-Authenticate', `Bearer error="invalid_token", error_description="${challenge.reason}"`);
      return new UnauthorizedException({ code: 'token-invalid', title: 'Niet ingelogd', detail: TOKEN_INVALID_DETAIL[challenge.reason] });
    }
    setHeader(response, 'WWW-Authenticate', 'Bearer');
    return new UnauthorizedException({
      code: 'unauthenticated',
      title: 'Niet ingelogd',
      detail: 'Log in om dit te gebruiken: stuur een toegangstoken mee in de header "Authorization: Bearer <token>".',
    });
  }

  private unavailable(error: unknown): Error {
    if (error instanceof AccessTokenError && error.isServerSide) {
      this.logger.error(`Access tokens cannot be checked: ${error.message}`);
      return new ServiceUnavailableException({
        code: 'identity-provider-unavailable',
        title: 'Inlogdienst niet bereikbaar',
        detail: `${TOKEN_INVALID_DETAIL[error.reason]} Probeer het later opnieuw.`,
      });
    }
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Fastify's reply has `header`, Node's and Express's response `setHeader`. */
function setHeader(response: HttpResponse, name: string, value: string): void {
  if (typeof response.header === 'function') response.header(name, value);
  else response.setHeader?.(name, value);
}
