import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole } from '../../../tenancy/src/index.js';
import { checkCouncilCode, checkCouncilDetails, type Council } from '../domain/council.js';
import { CouncilRegistry } from './council-registry.port.js';
import { CreateCouncilCommand } from './create-council.command.js';

@CommandHandler(CreateCouncilCommand)
export class CreateCouncilHandler implements ICommandHandler<CreateCouncilCommand> {
  constructor(private readonly registry: CouncilRegistry) {}

  async execute({ actor, code, details, reason }: CreateCouncilCommand): Promise<Council> {
    requireAnyRole(actor, ['operator'], 'creating a council');
    checkCouncilCode(code);
    checkCouncilDetails(details);
    const now = new Date();
    const council: Council = {
      id: randomUUID(),
      code,
      name: details.name.trim(),
      onsCode: details.onsCode ?? null,
      status: details.status ?? 'active',
      contactEmail: details.contactEmail ?? null,
      contactPhone: details.contactPhone ?? null,
      website: details.website ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await this.registry.add(actor, council, reason);
    return council;
  }
}
