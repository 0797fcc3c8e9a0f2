import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole } from '../../../tenancy/src/index.js';
import { configureCouncil, type Council } from '../domain/council.js';
import { ConfigureCouncilCommand } from './configure-council.command.js';
import { CouncilRegistry } from './council-registry.port.js';

@CommandHandler(ConfigureCouncilCommand)
export class ConfigureCouncilHandler implements ICommandHandler<ConfigureCouncilCommand> {
  constructor(private readonly registry: CouncilRegistry) {}

  async execute({ actor, councilId, details, reason }: ConfigureCouncilCommand): Promise<Council> {
    requireAnyRole(actor, ['operator'], 'configuring a council');
    const changed = await this.registry.change(actor, councilId, (council) => configureCouncil(council, details), reason);
    if (!changed) throw new NotFoundError('council', councilId);
    return changed;
  }
}
