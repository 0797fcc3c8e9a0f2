import { Module } from '@nestjs/common';

/** The GraphQL and REST adapters for business rates billing. */
@Module({})
export class BillingApiModule {}
