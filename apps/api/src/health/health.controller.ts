import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DatabaseHealth } from '../../../../libs/database/src/index.js';
import { Public } from '../auth/public.decorator.js';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly database: DatabaseHealth) {}

  /** Readiness with its checks: 503 when the database cannot be reached. */
  @Get()
  @ApiOkResponse({ description: 'ready' })
  @ApiServiceUnavailableResponse({ description: 'not ready: a check failed' })
  async health(@Res({ passthrough: true }) response: Response) {
    const database = await this.database.check();
    const ready = database.status === 'up';
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ok' : 'unavailable', checks: { database } };
  }

  @Get('ready')
  ready(@Res({ passthrough: true }) response: Response) {
    return this.health(response);
  }

  /** Liveness: the process is serving requests. */
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }
}
