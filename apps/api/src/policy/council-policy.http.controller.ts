import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  GetCouncilPolicyQuery, ListCouncilPolicyVersionsQuery, ListPolicyPluginsQuery, SetCouncilPolicyCommand,
} from '../../../../libs/policy-host/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CouncilParameter, CouncilPolicyInput, CouncilPolicyParameters, CouncilPolicyPreviewInput } from './council-policy.inputs.js';
import { CouncilPolicyView, PolicyPluginView, PolicyPreviewView } from './council-policy.views.js';
import { PreviewCouncilPolicyQuery } from '../../../../libs/business-rates/src/index.js';

@ApiTags('council policy')
@ApiBearerAuth()
@Controller('v1')
export class CouncilPolicyHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('policy-plugins')
  @ApiOperation({ summary: 'The policy plugins this service runs, with their settings and defaults' })
  @ApiOkResponse({ type: [PolicyPluginView] })
  plugins(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListPolicyPluginsQuery(actor));
  }

  @Get('council-policy')
  @ApiOperation({ summary: "The council's local policy in force on a day: plugins in order, each setting's value and source" })
  @ApiOkResponse({ type: CouncilPolicyView })
  policy(@CurrentActor() actor: Actor, @Query() query: CouncilPolicyParameters) {
    return this.queries.execute(new GetCouncilPolicyQuery(actor, query.asAt, query.councilId));
  }

  @Get('council-policy/versions')
  @ApiOperation({ summary: 'Every version of the council’s policy, oldest first' })
  @ApiOkResponse({ type: [CouncilPolicyView] })
  versions(@CurrentActor() actor: Actor, @Query() query: CouncilParameter) {
    return this.queries.execute(new ListCouncilPolicyVersionsQuery(actor, query.councilId));
  }

  @Put('council-policy')
  @ApiOperation({ summary: "Set the council's policy from a day (revenues managers, or operators naming the council); audited" })
  @ApiOkResponse({ type: CouncilPolicyView })
  set(@CurrentActor() actor: Actor, @Body() input: CouncilPolicyInput) {
    return this.commands.execute(new SetCouncilPolicyCommand(actor, input.effectiveFrom, input.plugins, input.settings ?? {}, input.reason, input.councilId));
  }

  @Post('council-policy/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'What-if: a version the council might set, tried on a sample of its accounts for a year; totals and per-account differences; nothing stored' })
  @ApiOkResponse({ type: PolicyPreviewView })
  preview(@CurrentActor() actor: Actor, @Body() input: CouncilPolicyPreviewInput) {
    return this.queries.execute(new PreviewCouncilPolicyQuery(actor, input.financialYear, { effectiveFrom: input.effectiveFrom, plugins: input.plugins, settings: input.settings ?? {} }, input.sampleSize, input.councilId));
  }
}
