import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult } from '@gemeente-crm/api-http';
import { type Actor, ROLES } from '@gemeente-crm/api-kernel';
import { z } from 'zod';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/app-config.token.js';

const ClientConfigSchema = z
  .object({
    municipality: z.object({
      name: z.string(),
      logoUrl: z.string().nullable(),
      primaryColor: z.string(),
      secondaryColor: z.string(),
    }),
    oidc: z.object({ authority: z.string(), clientId: z.string(), scope: z.string() }),
  })
  .meta({ id: 'ClientConfig', description: 'What the web app needs to start: branding and login settings' });

const MeSchema = z
  .object({ id: z.string(), displayName: z.string(), roles: z.array(z.enum(ROLES)) })
  .meta({ id: 'Me' });

@ApiTags('Session')
@Controller()
export class SessionController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get('app-config')
  @Public()
  @ApiOperation({ summary: 'Branding and login settings for the web app' })
  @ApiResult(ClientConfigSchema)
  appConfig(): z.infer<typeof ClientConfigSchema> {
    const { municipality, auth } = this.config;
    return { municipality, oidc: { authority: auth.issuer, clientId: auth.clientId, scope: auth.scope } };
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The signed-in user and their roles' })
  @ApiResult(MeSchema)
  @ApiProblems()
  me(@CurrentActor() actor: Actor): z.infer<typeof MeSchema> {
    return { id: actor.id, displayName: actor.displayName, roles: [...actor.roles] };
  }
}
