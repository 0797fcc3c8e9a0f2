import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { CouncilPolicyPlugin } from '../../policy-sdk/src/index.js';
import { CouncilPolicies } from './application/council-policies.port.js';
import {
  GetCouncilPolicyHandler, ListCouncilPolicyVersionsHandler, ListPolicyPluginsHandler, SetCouncilPolicyHandler,
} from './application/council-policy.queries.js';
import { PolicyVersionStore } from './application/policy-version-store.port.js';
import { PluginRegistry } from './domain/plugin-registry.js';
import { RegisteredCouncilPolicies } from './infrastructure/registered-council-policies.js';
import { TypeOrmPolicyVersionStore } from './infrastructure/typeorm-policy-version-store.js';

/**
 * Hosts the council policy plugins an app registers (the apps pass the catalogue; the core never
 * imports a council), and gives every module the `CouncilPolicies` port.
 */
@Global()
@Module({})
export class PolicyHostModule {
  static forRoot(plugins: readonly CouncilPolicyPlugin[]): DynamicModule {
    return {
      module: PolicyHostModule,
      providers: [
        { provide: PluginRegistry, useValue: new PluginRegistry(plugins) },
        { provide: PolicyVersionStore, useClass: TypeOrmPolicyVersionStore },
        { provide: CouncilPolicies, useClass: RegisteredCouncilPolicies },
        GetCouncilPolicyHandler,
        ListCouncilPolicyVersionsHandler,
        ListPolicyPluginsHandler,
        SetCouncilPolicyHandler,
      ],
      exports: [PluginRegistry, CouncilPolicies],
    };
  }
}
