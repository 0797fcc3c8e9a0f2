import { Module } from '@nestjs/common';
import { GrantsHttpController } from './grants.http.controller.js';
import { GrantsResolver } from './grants.resolver.js';

/** The GraphQL and REST adapters for grant schemes. */
@Module({ controllers: [GrantsHttpController], providers: [GrantsResolver] })
export class GrantsApiModule {}
