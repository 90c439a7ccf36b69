import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult } from '@gemeente-crm/api-http';
import { TypeormRelationTypeCatalog } from '../persistence/typeorm-relation-type-catalog.js';
import { RELATION_READERS } from './relation-roles.js';
import { RelationTypeListSchema } from './relation.schemas.js';

@ApiTags('Configuration')
@Controller('relation-types')
export class RelationTypesController {
  constructor(private readonly catalog: TypeormRelationTypeCatalog) {}

  @Get()
  @Roles(...RELATION_READERS)
  @ApiOperation({ summary: 'The configured relation types (active and retired)' })
  @ApiResult(RelationTypeListSchema)
  @ApiProblems()
  async list() {
    return (await this.catalog.all()).map(({ code, label, active }) => ({ code, label, active }));
  }
}
