import { Module } from '@nestjs/common';

/** The GraphQL and REST adapters for business rates recovery. */
@Module({})
export class RecoveryApiModule {}
