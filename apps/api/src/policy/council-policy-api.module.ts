import { Module } from '@nestjs/common';
import { CouncilPolicyHttpController } from './council-policy.http.controller.js';
import { CouncilPolicyResolver } from './council-policy.resolver.js';

/** The GraphQL and REST adapters for council policy plugins and settings. */
@Module({ controllers: [CouncilPolicyHttpController], providers: [CouncilPolicyResolver] })
export class CouncilPolicyApiModule {}
