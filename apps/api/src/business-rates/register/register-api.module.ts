import { Module } from '@nestjs/common';
import { RegisterHttpController } from './register.http.controller.js';
import { RegisterResolver } from './register.resolver.js';

/** The GraphQL and REST adapters for the business rates register. */
@Module({ controllers: [RegisterHttpController], providers: [RegisterResolver] })
export class RegisterApiModule {}
