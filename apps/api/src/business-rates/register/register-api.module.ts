import { Module } from '@nestjs/common';
import { RegisterMaintenanceHttpController } from './register-maintenance.http.controller.js';
import { RegisterMaintenanceResolver } from './register-maintenance.resolver.js';
import { RegisterHttpController } from './register.http.controller.js';
import { RegisterResolver } from './register.resolver.js';

/** The GraphQL and REST adapters for the business rates register. */
@Module({ controllers: [RegisterHttpController, RegisterMaintenanceHttpController], providers: [RegisterResolver, RegisterMaintenanceResolver] })
export class RegisterApiModule {}
