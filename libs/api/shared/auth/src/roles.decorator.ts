import { isRole, type Role } from '@gemeente-crm/api-kernel';
import { declareRouteAccess } from './route-access.js';

/**
 * Declares which roles may call the routes of a controller (on the class) or one route (on the
 * method; a method's declaration replaces its controller's). A user needs one of the roles.
 */
export function Roles(...roles: Role[]): ClassDecorator & MethodDecorator {
  if (roles.length === 0) throw new Error('@Roles() needs at least one role; use @Public() for a route open to everybody');
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length) throw new Error(`@Roles() got unknown roles: ${unknown.join(', ')}`);
  return declareRouteAccess({ kind: 'roles', roles: [...new Set(roles)] });
}
