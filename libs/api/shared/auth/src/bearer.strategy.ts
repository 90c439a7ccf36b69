import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Actor } from '@gemeente-crm/api-kernel';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { PassportBearerStrategy } from './passport-bearer-strategy.js';

/** The `bearer` passport strategy as a Nest provider: verifies tokens with AccessTokenVerifier. */
@Injectable()
export class BearerStrategy extends PassportStrategy(PassportBearerStrategy, 'bearer') {
  constructor(private readonly verifier: AccessTokenVerifier) {
    super();
  }

  validate(token: string): Promise<Actor> {
    return this.verifier.verify(token);
  }
}
