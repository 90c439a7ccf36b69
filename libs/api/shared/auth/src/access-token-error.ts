/** Why an access token was not accepted. */
export type AccessTokenErrorReason =
  | 'malformed'
  | 'algorithm-not-allowed'
  | 'unknown-key'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'invalid-claim'
  /** The signing keys could not be fetched: a fault on our or the identity provider's side, not the caller's. */
  | 'keys-unavailable';

/** A token the API refuses, with the reason in a form code can branch on. */
export class AccessTokenError extends Error {
  override readonly name = 'AccessTokenError';

  constructor(
    readonly reason: AccessTokenErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** True when the caller cannot fix this by getting a new token. */
  get isServerSide(): boolean {
    return this.reason === 'keys-unavailable';
  }
}
