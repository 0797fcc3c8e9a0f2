import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CollectionTotalsQuery, GetRecoveryPolicyQuery, ListRecoveryStagesQuery, RunRecoveryCommand, SetRecoveryPolicyCommand,
} from '../../../../../libs/business-rates/src/index.js';
import type { Actor } from '../../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { RecoveryPolicyInput, RecoveryPolicyParameters, RecoveryRunInput } from './recovery.inputs.js';
import { CollectionTotalsView, RecoveryPolicyView, RecoveryRunView, RecoveryStageView, toRunView } from './recovery.views.js';

@ApiTags('business rates: recovery')
@ApiBearerAuth()
@Controller('v1/business-rates')
export class RecoveryHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('recovery-policy')
  @ApiOperation({ summary: "The council's recovery policy in force on a day (the national default where it has set none)" })
  @ApiOkResponse({ type: RecoveryPolicyView })
  policy(@CurrentActor() actor: Actor, @Query() query: RecoveryPolicyParameters) {
    return this.queries.execute(new GetRecoveryPolicyQuery(actor, query.asAt));
  }

  @Put('recovery-policy')
  @ApiOperation({ summary: "Set the council's recovery policy from a day" })
  @ApiOkResponse({ type: RecoveryPolicyView })
  setPolicy(@CurrentActor() actor: Actor, @Body() input: RecoveryPolicyInput) {
    const { effectiveFrom, reason, ...policy } = input;
    return this.commands.execute(new SetRecoveryPolicyCommand(actor, effectiveFrom, policy, reason));
  }

  @Post('recovery-runs')
  @HttpCode(200)
  @ApiOperation({ summary: 'Run recovery as at a day: the next notice for every account-year in arrears; rerunning the same day issues nothing new' })
  @ApiOkResponse({ type: RecoveryRunView })
  async run(@CurrentActor() actor: Actor, @Body() input: RecoveryRunInput) {
    return toRunView(await this.commands.execute(new RunRecoveryCommand(actor, input.asAt)));
  }

  @Get('accounts/:accountReference/recovery-stages')
  @ApiOperation({ summary: "An account's recovery notices, oldest first" })
  @ApiOkResponse({ type: [RecoveryStageView] })
  stages(@CurrentActor() actor: Actor, @Param('accountReference') accountReference: string) {
    return this.queries.execute(new ListRecoveryStagesQuery(actor, accountReference));
  }

  @Get('collection-totals/:financialYear')
  @ApiOperation({ summary: "NNDR3-style totals for a year: gross by multiplier, reliefs by type, collectable, collected, arrears, write-offs and costs" })
  @ApiOkResponse({ type: CollectionTotalsView })
  totals(@CurrentActor() actor: Actor, @Param('financialYear') financialYear: string) {
    return this.queries.execute(new CollectionTotalsQuery(actor, financialYear));
  }
}
