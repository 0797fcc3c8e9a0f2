import { Module } from '@nestjs/common';
import { BillingHttpController } from './billing.http.controller.js';
import { BillingResolver } from './billing.resolver.js';

/** The GraphQL and REST adapters for business rates billing. */
@Module({ controllers: [BillingHttpController], providers: [BillingResolver] })
export class BillingApiModule {}
