import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkHereditamentDetails, checkRateableValue, type HereditamentDetails } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type HereditamentRecord } from './register-store.port.js';

/** Adds a rated property to the register with the rateable value it entered the list at. */
export class CreateHereditamentCommand {
  constructor(
    readonly actor: Actor,
    readonly details: HereditamentDetails,
    readonly rateableValue: number,
    readonly effectiveFrom: IsoDate,
    readonly reason?: string,
  ) {}
}

@CommandHandler(CreateHereditamentCommand)
export class CreateHereditamentHandler implements ICommandHandler<CreateHereditamentCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, details, rateableValue, effectiveFrom, reason }: CreateHereditamentCommand): Promise<HereditamentRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'adding a hereditament');
    const councilId = requireCouncil(actor);
    const checked = checkHereditamentDetails(details);
    checkRateableValue(rateableValue, effectiveFrom);
    const id = randomUUID();
    await this.store.addHereditament(actor, councilId, id, checked, rateableValue, effectiveFrom, reason);
    return (await this.store.findHereditament(actor, councilId, id)) as HereditamentRecord;
  }
}
