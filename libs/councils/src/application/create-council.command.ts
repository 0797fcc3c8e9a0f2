import { Command } from '@nestjs/cqrs';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Council, CouncilDetails } from '../domain/council.js';

export class CreateCouncilCommand extends Command<Council> {
  constructor(
    readonly actor: Actor,
    readonly code: string,
    readonly details: CouncilDetails & { name: string },
    readonly reason?: string,
  ) {
    super();
  }
}
