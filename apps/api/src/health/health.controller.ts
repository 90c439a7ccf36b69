import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@gemeente-crm/api-auth';
import { pendingMigrations } from '@gemeente-crm/api-database';
import { ApiResult } from '@gemeente-crm/api-http';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { z } from 'zod';

const HealthSchema = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    checks: z.object({
      database: z.enum(['up', 'down']),
      migrations: z.enum(['up-to-date', 'pending', 'unknown']),
    }),
  })
  .meta({ id: 'Health' });

type Health = z.infer<typeof HealthSchema>;

@ApiTags('Health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Readiness: the database is reachable and all migrations are applied (503 otherwise)' })
  @ApiResult(HealthSchema)
  @ApiResult(HealthSchema, 503, 'Not ready')
  async readiness(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const health = await this.check();
    if (health.status !== 'ok') void reply.status(503);
    return health;
  }

  @Get('live')
  @HttpCode(200)
  @ApiOperation({ summary: 'Liveness: the process answers' })
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  private async check(): Promise<Health> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      return { status: 'unavailable', checks: { database: 'down', migrations: 'unknown' } };
    }
    const pending = await pendingMigrations(this.dataSource);
    const migrations = pending.length ? 'pending' : 'up-to-date';
    return { status: pending.length ? 'unavailable' : 'ok', checks: { database: 'up', migrations } };
  }
}
