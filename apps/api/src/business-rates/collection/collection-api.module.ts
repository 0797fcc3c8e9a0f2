import { Module } from '@nestjs/common';

/** The GraphQL and REST adapters for business rates collection. */
@Module({})
export class CollectionApiModule {}
