import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigureCouncilHandler } from './application/configure-council.handler.js';
import { CouncilRegistry } from './application/council-registry.port.js';
import { CreateCouncilHandler } from './application/create-council.handler.js';
import { GetCouncilHandler } from './application/get-council.handler.js';
import { ListCouncilsHandler } from './application/list-councils.handler.js';
import { ResolveTokenCouncilHandler } from './application/resolve-token-council.handler.js';
import { CouncilOrmEntity } from './infrastructure/council.orm-entity.js';
import { TypeOrmCouncilRegistry } from './infrastructure/typeorm-council-registry.js';

/** The council registry: create, configure, list and find councils (tenants). */
@Module({
  imports: [TypeOrmModule.forFeature([CouncilOrmEntity])],
  providers: [
    { provide: CouncilRegistry, useClass: TypeOrmCouncilRegistry },
    CreateCouncilHandler,
    ConfigureCouncilHandler,
    ListCouncilsHandler,
    GetCouncilHandler,
    ResolveTokenCouncilHandler,
  ],
})
export class CouncilsModule {}
