import { Module } from '@nestjs/common';

/** Business rates billing: its handlers and their persistence. */
@Module({})
export class BillingModule {}
