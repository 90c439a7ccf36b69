import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@gemeente-crm/api-kernel';

/**
 * The authenticated user of the request, as AccessGuard attached it. Only meaningful on routes
 * that declare @Roles: on a @Public route nobody is authenticated, and asking is a programming
 * error that surfaces as a 500 instead of a handler running with no actor.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<{ user?: Actor }>().user;
  if (!actor) throw new Error('@CurrentActor() used on a route without an authenticated user (a @Public route?)');
  return actor;
});
