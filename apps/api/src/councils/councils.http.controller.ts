import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ConfigureCouncilCommand,
  CreateCouncilCommand,
  GetCouncilQuery,
  ListCouncilsQuery,
} from '../../../../libs/councils/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ConfigureCouncilInput, CreateCouncilInput } from './council.inputs.js';
import { CouncilView } from './council.view.js';

@ApiTags('councils')
@ApiBearerAuth()
@Controller('v1')
export class CouncilsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('councils')
  @ApiOperation({ summary: 'Every council on the service (operators)' })
  @ApiOkResponse({ type: [CouncilView] })
  list(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListCouncilsQuery(actor));
  }

  @Post('councils')
  @ApiOperation({ summary: 'Add a council (operators)' })
  @ApiCreatedResponse({ type: CouncilView })
  create(@CurrentActor() actor: Actor, @Body() { code, reason, ...details }: CreateCouncilInput) {
    return this.commands.execute(new CreateCouncilCommand(actor, code, details, reason));
  }

  @Get('councils/:councilId')
  @ApiOperation({ summary: 'One council (operators; others see only their own)' })
  @ApiOkResponse({ type: CouncilView })
  get(@CurrentActor() actor: Actor, @Param('councilId', new ParseUUIDPipe()) councilId: string) {
    return this.queries.execute(new GetCouncilQuery(actor, councilId));
  }

  @Patch('councils/:councilId')
  @ApiOperation({ summary: "Change a council's details or status (operators)" })
  @ApiOkResponse({ type: CouncilView })
  configure(
    @CurrentActor() actor: Actor,
    @Param('councilId', new ParseUUIDPipe()) councilId: string,
    @Body() { reason, ...details }: ConfigureCouncilInput,
  ) {
    return this.commands.execute(new ConfigureCouncilCommand(actor, councilId, details, reason));
  }

  @Get('council')
  @ApiOperation({ summary: "The caller's own council" })
  @ApiOkResponse({ type: CouncilView })
  own(@CurrentActor() actor: Actor) {
    return this.queries.execute(new GetCouncilQuery(actor));
  }
}
