import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { AccessTokenVerifier } from './access-token-verifier.js';
import { AUTH_CONFIG, type AuthConfig } from './auth-config.js';
import { BearerStrategy } from './bearer.strategy.js';

/**
 * Authentication and authorisation for the whole API: bearer tokens are verified against the
 * configured issuer and AccessGuard guards every route (deny by default). Import once, in the
 * application module.
 */
@Module({})
export class AuthModule {
  static forRoot(config: AuthConfig): DynamicModule {
    return {
      module: AuthModule,
      global: true,
      providers: [
        { provide: AUTH_CONFIG, useValue: config },
        { provide: AccessTokenVerifier, useFactory: (authConfig: AuthConfig) => new AccessTokenVerifier(authConfig), inject: [AUTH_CONFIG] },
        BearerStrategy,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [AUTH_CONFIG, AccessTokenVerifier],
    };
  }
}
