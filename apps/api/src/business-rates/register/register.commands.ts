import {
  AddContactCommand,
  AwardReliefCommand,
  CreateHereditamentCommand,
  CreatePartyCommand,
  type ReliefAwardRequest,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import type { AddContactInput } from './register-maintenance.inputs.js';
import type { AwardReliefInput, CreateHereditamentInput, CreatePartyInput } from './register.inputs.js';

/** Inputs to commands, shared by the REST and GraphQL adapters so both always build the same thing. */
export function createHereditamentCommand(actor: Actor, input: CreateHereditamentInput): CreateHereditamentCommand {
  const { rateableValue, effectiveFrom, reason, ...details } = input;
  return new CreateHereditamentCommand(
    actor,
    {
      baReference: details.baReference,
      uarn: details.uarn ?? null,
      uprn: details.uprn ?? null,
      addressLines: details.addressLines,
      postcode: details.postcode ?? null,
      description: details.description,
      scatCode: details.scatCode ?? null,
      propertyUse: details.propertyUse,
      listedBuilding: details.listedBuilding ?? false,
    },
    rateableValue,
    effectiveFrom,
    reason,
  );
}

export function createPartyCommand(actor: Actor, { reason, ...details }: CreatePartyInput): CreatePartyCommand {
  return new CreatePartyCommand(
    actor,
    { kind: details.kind, name: details.name, companyNumber: details.companyNumber ?? null, charityNumber: details.charityNumber ?? null, registeredCasc: details.registeredCasc ?? false },
    reason,
  );
}

export function awardReliefCommand(actor: Actor, liabilityId: string, { reason, ...award }: AwardReliefInput): AwardReliefCommand {
  return new AwardReliefCommand(actor, liabilityId, { ...award, endsOn: award.endsOn ?? null } as ReliefAwardRequest, reason);
}

export function addContactCommand(actor: Actor, partyId: string, { reason, ...contact }: AddContactInput): AddContactCommand {
  return new AddContactCommand(
    actor,
    partyId,
    { kind: contact.kind, email: contact.email ?? null, phone: contact.phone ?? null, addressLines: contact.addressLines ?? [], postcode: contact.postcode ?? null, preferred: contact.preferred ?? false },
    reason,
  );
}
