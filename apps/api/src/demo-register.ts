import type { INestApplication } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  AwardReliefCommand,
  CreateHereditamentCommand,
  CreatePartyCommand,
  OpenAccountCommand,
  StartLiabilityCommand,
} from '../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../libs/tenancy/src/index.js';

/** A handful of made-up ratepayers, each showing a different rule of the engine. No real people or businesses. */
const DEMO_PROPERTIES = [
  { baReference: 'DEMO-0001', address: ['1 High Street', 'Demoton'], description: 'Shop and premises', use: 'retail', value: 12_500, party: 'Corner Stores (Demo) Ltd', kind: 'company' },
  { baReference: 'DEMO-0002', address: ['3 High Street', 'Demoton'], description: 'Public house and premises', use: 'hospitality', value: 31_000, party: 'The Demo Arms Ltd', kind: 'company' },
  { baReference: 'DEMO-0003', address: ['Unit 4, Demo Business Park', 'Demoton'], description: 'Warehouse and premises', use: 'industrial', value: 145_000, party: 'Demo Logistics plc', kind: 'company' },
  { baReference: 'DEMO-0004', address: ['5 Market Square', 'Demoton'], description: 'Offices and premises', use: 'office', value: 42_000, party: 'A. Sample', kind: 'individual' },
  { baReference: 'DEMO-0005', address: ['7 Market Square', 'Demoton'], description: 'Charity shop and premises', use: 'retail', value: 16_000, party: 'Demo Hospice Trust', kind: 'charity' },
] as const;

/**
 * Gives a new demo council a small register through the same commands staff use: ratepayers
 * liable from April 2024, so `npm start` shows bills (one per year to date), a charity relief,
 * and something for an annual billing run, payments and recovery to work on.
 */
export async function seedDemoRegister(app: INestApplication, councilId: string): Promise<void> {
  const commands = app.get(CommandBus);
  const officer: Actor = { subject: 'system:demo-seed', roles: ['revenues-manager'], councilId };
  const reason = 'demo register created on first start';
  for (const [index, property] of DEMO_PROPERTIES.entries()) {
    const hereditament = await commands.execute(
      new CreateHereditamentCommand(
        officer,
        { baReference: property.baReference, uarn: null, uprn: null, addressLines: property.address, postcode: 'DE1 1MO', description: property.description, scatCode: null, propertyUse: property.use, listedBuilding: false },
        property.value,
        '2023-04-01',
        reason,
      ),
    );
    const party = await commands.execute(
      new CreatePartyCommand(officer, { kind: property.kind, name: property.party, companyNumber: null, charityNumber: property.kind === 'charity' ? `${1_100_000 + index}` : null, registeredCasc: false }, reason),
    );
    const account = await commands.execute(new OpenAccountCommand(officer, party.partyId, 10, reason));
    const { liability } = await commands.execute(new StartLiabilityCommand(officer, account.reference, hereditament.hereditamentId, 'occupier', '2024-04-01', reason));
    if (property.kind === 'charity') {
      await commands.execute(
        new AwardReliefCommand(officer, liability.liabilityId, { kind: 'charity', startsOn: '2024-04-01', endsOn: null, evidence: 'registered charity using the shop for its purposes (demo)' }, reason),
      );
    }
  }
}
