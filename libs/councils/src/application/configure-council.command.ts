import { Command } from '@nestjs/cqrs';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Council, CouncilDetails } from '../domain/council.js';

export class ConfigureCouncilCommand extends Command<Council> {
  constructor(
    readonly actor: Actor,
    readonly councilId: string,
    readonly details: CouncilDetails,
    readonly reason?: string,
  ) {
    super();
  }
}
