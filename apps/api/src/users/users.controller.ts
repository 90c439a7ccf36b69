import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, ValidQuery } from '@gemeente-crm/api-http';
import { ROLES } from '@gemeente-crm/api-kernel';
import { z } from 'zod';
import { type KnownUser, UserDirectory } from './user-directory.js';

const UserListQuerySchema = z.object({ role: z.enum(ROLES).optional(), q: z.string().max(100).optional() }).strict();
const UserSchema = z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.string()) }).meta({ id: 'User' });
const UserListSchema = z.array(UserSchema).meta({ id: 'UserList' });

@ApiTags('Users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserDirectory) {}

  @Get()
  @Roles('medewerker', 'accountmanager', 'teamleider', 'klachtcoordinator', 'functioneel-beheerder')
  @ApiOperation({ summary: 'Staff members known to the CRM, e.g. to pick an owner' })
  @ApiResult(UserListSchema)
  @ApiProblems(422)
  list(@ValidQuery(UserListQuerySchema) query: z.output<typeof UserListQuerySchema>): Promise<KnownUser[]> {
    return this.users.list(query);
  }
}
