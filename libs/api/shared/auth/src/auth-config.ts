/**
 * Where access tokens come from and whom they must be meant for.
 *
 * Production uses Microsoft Entra ID: `issuer` is `https://login.microsoftonline.com/<tenant id>/v2.0`
 * and `audience` the API's Application ID URI (or client id). The API's app registration must set
 * `requestedAccessTokenVersion: 2`, otherwise Entra issues v1 tokens whose issuer is
 * `https://sts.windows.net/<tenant id>/` and every token is rejected as coming from the wrong issuer.
 */
export interface AuthConfig {
  /** Expected `iss` claim, exactly as the identity provider writes it. */
  issuer: string;
  /** Expected `aud` claim. */
  audience: string;
  /** JWKS location; discovered from `${issuer}/.well-known/openid-configuration` when absent. */
  jwksUri?: string;
  /** Allowed clock skew for `exp` and `nbf`, in seconds. Default 60. */
  clockToleranceSeconds?: number;
}

/** Nest injection token under which `AuthModule.forRoot` provides the AuthConfig. */
export const AUTH_CONFIG = Symbol('AUTH_CONFIG');
