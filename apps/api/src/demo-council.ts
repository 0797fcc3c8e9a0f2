import type { INestApplication } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CreateCouncilCommand, ResolveTokenCouncilQuery } from '../../../libs/councils/src/index.js';
import type { Actor } from '../../../libs/tenancy/src/index.js';
import { seedDemoRegister } from './demo-register.js';

export const DEMO_COUNCIL_CODE = 'demo';

const seeder: Actor = { subject: 'system:demo-seed', roles: ['operator'], councilId: null };

/** In demo mode, make sure the demo council exists, through the same command an operator would use, with a small register of its own. */
export async function ensureDemoCouncil(app: INestApplication): Promise<void> {
  const existing = await app.get(QueryBus).execute(new ResolveTokenCouncilQuery(DEMO_COUNCIL_CODE));
  if (existing) return;
  const council = await app.get(CommandBus).execute(
    new CreateCouncilCommand(
      seeder,
      DEMO_COUNCIL_CODE,
      {
        name: 'Demo District Council',
        contactEmail: 'business.rates@demo.example',
        website: 'https://demo.example',
      },
      'demo council created on first start',
    ),
  );
  await seedDemoRegister(app, council.id);
}
