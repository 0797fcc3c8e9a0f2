import { Module } from '@nestjs/common';
import { BillingRunsHttpController } from './billing-runs.http.controller.js';
import { BillingRunsResolver } from './billing-runs.resolver.js';
import { BillingHttpController } from './billing.http.controller.js';
import { BillingResolver } from './billing.resolver.js';

/** The GraphQL and REST adapters for business rates billing. */
@Module({ controllers: [BillingHttpController, BillingRunsHttpController], providers: [BillingResolver, BillingRunsResolver] })
export class BillingApiModule {}
