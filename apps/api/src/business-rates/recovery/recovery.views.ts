import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';
import { RECOVERY_STAGES, type RecoveryRunResult, type RecoveryStageName } from '../../../../../libs/business-rates/src/index.js';

@ObjectType('RecoveryPolicy')
export class RecoveryPolicyView {
  @Field() @ApiProperty() effectiveFrom: string;
  @Field(() => String, { description: "'council' when the council set it here; 'council-plugin' when one of its policy plugins decides it; 'national-default' otherwise." })
  @ApiProperty({ enum: ['council', 'council-plugin', 'national-default'] }) source: 'council' | 'council-plugin' | 'national-default';
  @Field(() => Int) @ApiProperty() reminderAfterDays: number;
  @Field(() => Int) @ApiProperty() remindersPerYear: number;
  @Field(() => Int) @ApiProperty() daysToPay: number;
  @Field(() => Int) @ApiProperty() daysToHearing: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() summonsCostsPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() liabilityOrderCostsPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() minimumSummonsArrearsPence: number;
}

@ObjectType('RecoveryStage')
export class RecoveryStageView {
  @Field() @ApiProperty() recoveryStageId: string;
  @Field() @ApiProperty() accountReference: string;
  @Field() @ApiProperty() financialYear: string;
  @Field(() => String) @ApiProperty({ enum: RECOVERY_STAGES }) stage: RecoveryStageName;
  @Field() @ApiProperty() issuedOn: string;
  @Field(() => GraphQLSafeInt, { description: 'What the notice asks for.' }) @ApiProperty() arrearsPence: number;
  @Field(() => GraphQLSafeInt, { description: 'Costs the stage added to the account.' }) @ApiProperty() costsPence: number;
  @Field() @ApiProperty() payBy: string;
  @Field(() => String, { nullable: true, description: 'The hearing, for a summons.' }) @ApiPropertyOptional({ type: String, nullable: true }) hearingOn: string | null;
}

@ObjectType('RecoveryStagesIssued')
export class RecoveryStagesIssuedView {
  @Field(() => Int) @ApiProperty() reminder: number;
  @Field(() => Int) @ApiProperty() finalNotice: number;
  @Field(() => Int) @ApiProperty() summons: number;
  @Field(() => Int) @ApiProperty() liabilityOrder: number;
}

@ObjectType('RecoveryRun')
export class RecoveryRunView {
  @Field() @ApiProperty() asAt: string;
  @Field(() => Int) @ApiProperty() accountYearsChecked: number;
  @Field(() => RecoveryStagesIssuedView) @ApiProperty({ type: RecoveryStagesIssuedView }) issued: RecoveryStagesIssuedView;
}

/** Stage names as field names: `final-notice` is not a GraphQL name. */
export function toRunView(result: RecoveryRunResult): RecoveryRunView {
  const { reminder, 'final-notice': finalNotice, summons, 'liability-order': liabilityOrder } = result.issued;
  return { asAt: result.asAt, accountYearsChecked: result.accountYearsChecked, issued: { reminder, finalNotice, summons, liabilityOrder } };
}

@ObjectType('GrossByMultiplier')
export class GrossByMultiplierView {
  @Field() @ApiProperty({ example: 'small business multiplier' }) multiplier: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() amountPence: number;
}

@ObjectType('ReliefTotal')
export class ReliefTotalView {
  @Field() @ApiProperty({ example: 'SMALL_BUSINESS_RATE_RELIEF' }) code: string;
  @Field(() => GraphQLSafeInt, { description: 'Negative: reliefs reduce the charge.' }) @ApiProperty() amountPence: number;
}

@ObjectType('CollectionTotals')
export class CollectionTotalsView {
  @Field() @ApiProperty() financialYear: string;
  @Field(() => [GrossByMultiplierView]) @ApiProperty({ type: [GrossByMultiplierView] }) grossByMultiplier: GrossByMultiplierView[];
  @Field(() => [ReliefTotalView]) @ApiProperty({ type: [ReliefTotalView] }) reliefs: ReliefTotalView[];
  @Field(() => GraphQLSafeInt, { description: 'The year’s charges in the ledger: gross less reliefs.' }) @ApiProperty() netCollectablePence: number;
  @Field(() => GraphQLSafeInt, { description: 'Payments allocated to the year’s rates, net of releases.' }) @ApiProperty() collectedPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() writtenOffPence: number;
  @Field(() => GraphQLSafeInt, { description: 'Net collectable less collected and written off.' }) @ApiProperty() arrearsPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() costsChargedPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() costsCollectedPence: number;
}
