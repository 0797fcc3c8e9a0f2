import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  ApplyForGrantCommand, DecideGrantApplicationCommand, GetGrantApplicationQuery, GetGrantPaymentRunQuery, ListGrantApplicationsQuery,
  ListGrantPaymentRunsQuery, ListGrantSchemesQuery, RunGrantPaymentsCommand, type AppliedGrant,
} from '../../../../libs/grants/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { GrantApplicationInput, GrantApplicationsArgs, GrantDecisionInput, GrantPaymentRunInput, GrantPaymentRunsArgs } from './grants.inputs.js';
import { AppliedGrantView, GrantApplicationView, GrantPaymentFileView, GrantPaymentRunView, GrantSchemeView } from './grants.views.js';

@ApiTags('grants')
@ApiBearerAuth()
@Controller('v1/grants')
export class GrantsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('schemes')
  @ApiOperation({ summary: "The grant schemes the council's policy offers today, with the days they take applications" })
  @ApiOkResponse({ type: [GrantSchemeView] })
  schemes(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListGrantSchemesQuery(actor));
  }

  @Post('applications')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Apply to a scheme open today: assessed by the scheme on the council’s records; green approved, amber and red held for an officer, not eligible rejected',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Send the same key again and the same application comes back (200, Idempotent-Replayed: true), never a second one.' })
  @ApiCreatedResponse({ type: AppliedGrantView })
  async apply(@CurrentActor() actor: Actor, @Body() input: GrantApplicationInput, @Headers('idempotency-key') idempotencyKey: string | undefined, @Res({ passthrough: true }) response: Response) {
    const { idempotencyKey: keyInBody, reason, ...application } = input;
    const applied: AppliedGrant = await this.commands.execute(new ApplyForGrantCommand(actor, application, idempotencyKey ?? keyInBody, reason));
    if (applied.replayed) response.status(200).setHeader('Idempotent-Replayed', 'true');
    return applied;
  }

  @Get('applications')
  @ApiOperation({ summary: 'Applications in reference order, optionally of one scheme and in one status' })
  @ApiOkResponse({ type: [GrantApplicationView] })
  applications(@CurrentActor() actor: Actor, @Query() filter: GrantApplicationsArgs) {
    return this.queries.execute(new ListGrantApplicationsQuery(actor, filter));
  }

  @Get('applications/:reference')
  @ApiOperation({ summary: 'One application' })
  @ApiOkResponse({ type: GrantApplicationView })
  application(@CurrentActor() actor: Actor, @Param('reference') reference: string) {
    return this.queries.execute(new GetGrantApplicationQuery(actor, reference));
  }

  @Post('applications/:reference/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'An officer approves or rejects an application awaiting one, with a reason (409 if it is not awaiting an officer)' })
  @ApiOkResponse({ type: GrantApplicationView })
  @ApiConflictResponse({ description: 'The application is not awaiting an officer.' })
  decide(@CurrentActor() actor: Actor, @Param('reference') reference: string, @Body() input: GrantDecisionInput) {
    return this.commands.execute(new DecideGrantApplicationCommand(actor, reference, input.decision, input.reason));
  }

  @Post('payment-runs')
  @HttpCode(201)
  @ApiOperation({ summary: "Pay a scheme's approved applications: each becomes paid under a new run, returned with its payment file (409 when none is approved)" })
  @ApiCreatedResponse({ type: GrantPaymentFileView })
  @ApiConflictResponse({ description: 'No approved application of the scheme is waiting to be paid: no run is recorded.' })
  run(@CurrentActor() actor: Actor, @Body() input: GrantPaymentRunInput) {
    return this.commands.execute(new RunGrantPaymentsCommand(actor, input.schemeId, input.reason));
  }

  @Get('payment-runs')
  @ApiOperation({ summary: 'Payment runs, newest first, without their lines' })
  @ApiOkResponse({ type: [GrantPaymentRunView] })
  runs(@CurrentActor() actor: Actor, @Query() filter: GrantPaymentRunsArgs) {
    return this.queries.execute(new ListGrantPaymentRunsQuery(actor, filter.schemeId));
  }

  @Get('payment-runs/:paymentRunId')
  @ApiOperation({ summary: 'A payment run with its payment file, full account numbers and all (revenues managers)' })
  @ApiOkResponse({ type: GrantPaymentFileView })
  paymentFile(@CurrentActor() actor: Actor, @Param('paymentRunId') paymentRunId: string) {
    return this.queries.execute(new GetGrantPaymentRunQuery(actor, paymentRunId));
  }
}
