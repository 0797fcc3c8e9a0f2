import { Module } from '@nestjs/common';
import { RecoveryHttpController } from './recovery.http.controller.js';
import { RecoveryResolver } from './recovery.resolver.js';

/** The GraphQL and REST adapters for business rates recovery. */
@Module({ controllers: [RecoveryHttpController], providers: [RecoveryResolver] })
export class RecoveryApiModule {}
