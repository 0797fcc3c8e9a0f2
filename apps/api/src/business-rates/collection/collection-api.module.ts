import { Module } from '@nestjs/common';
import { CollectionHttpController } from './collection.http.controller.js';
import { CollectionResolver } from './collection.resolver.js';

/** The GraphQL and REST adapters for business rates collection. */
@Module({ controllers: [CollectionHttpController], providers: [CollectionResolver] })
export class CollectionApiModule {}
