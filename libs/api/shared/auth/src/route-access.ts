import 'reflect-metadata';
import { type Actor, hasAnyRole, type Role } from '@gemeente-crm/api-kernel';

/**
 * Who may call a route:
 * - `public`: everybody, without a token (health checks, the OpenAPI document);
 * - `roles`: an authenticated user with at least one of the roles;
 * - `undeclared`: nobody. Deny by default: a route somebody forgot to annotate is closed.
 */
export type RouteAccess = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] } | { kind: 'undeclared' };

type DeclaredAccess = Exclude<RouteAccess, { kind: 'undeclared' }>;

const ROUTE_ACCESS = 'gemeente-crm:route-access';

/**
 * Records a declaration on a controller class or handler method. One declaration per class or
 * method: `@Public()` together with `@Roles()` on the same target is a contradiction and fails
 * when the class is loaded rather than being resolved silently.
 */
export function declareRouteAccess(access: DeclaredAccess): ClassDecorator & MethodDecorator {
  const decorator = (target: object, propertyKey?: string | symbol, descriptor?: PropertyDescriptor) => {
    const holder: object = descriptor?.value ?? target;
    if (Reflect.hasOwnMetadata(ROUTE_ACCESS, holder)) {
      const name = propertyKey ? `${(target as { constructor: { name: string } }).constructor.name}.${String(propertyKey)}` : (target as { name: string }).name;
      throw new Error(`${name} declares its access twice; use either @Public() or one @Roles(...)`);
    }
    Reflect.defineMetadata(ROUTE_ACCESS, access, holder);
    return descriptor;
  };
  return decorator as ClassDecorator & MethodDecorator;
}

/** The access a handler declares; a method's own declaration wins over its controller's. */
export function resolveRouteAccess(handler: object, controller: object): RouteAccess {
  const declared =
    (Reflect.getMetadata(ROUTE_ACCESS, handler) as DeclaredAccess | undefined) ??
    (Reflect.getMetadata(ROUTE_ACCESS, controller) as DeclaredAccess | undefined);
  return declared ?? { kind: 'undeclared' };
}

/** Whether the route lets this actor in (`undefined`: no authenticated user). */
export function isAccessGranted(access: RouteAccess, actor: Actor | undefined): boolean {
  switch (access.kind) {
    case 'public':
      return true;
    case 'roles':
      return actor !== undefined && hasAnyRole(actor, access.roles);
    case 'undeclared':
      return false;
  }
}
