import { Module } from '@nestjs/common';

/** Business rates collection: its handlers and their persistence. */
@Module({})
export class CollectionModule {}
