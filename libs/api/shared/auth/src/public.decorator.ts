import { declareRouteAccess } from './route-access.js';

/** Declares routes open to everybody, without a token: health checks, the OpenAPI document. */
export function Public(): ClassDecorator & MethodDecorator {
  return declareRouteAccess({ kind: 'public' });
}
