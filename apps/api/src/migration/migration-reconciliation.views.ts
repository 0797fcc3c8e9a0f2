import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('MigrationEntityCounts', { description: 'How many rows of an entity the extract held, and what became of them.' })
export class MigrationEntityCountsView {
  @Field() @ApiProperty({ example: 'account' }) entity: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() rowsIn: number;
  @Field(() => GraphQLSafeInt, { description: 'Refused: unreadable, or contradicting another row.' }) @ApiProperty() rejected: number;
  @Field(() => GraphQLSafeInt, { description: 'Valid but not loaded: this system works it out itself.' }) @ApiProperty() derived: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() loaded: number;
}

@ObjectType('MigrationBalanceDifference', { description: "An account whose migrated balance is not the legacy system's, with what was refused on it." })
export class MigrationBalanceDifferenceView {
  @Field() @ApiProperty() accountKey: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() legacyPence: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Null when the account itself was not loaded.' }) @ApiPropertyOptional({ nullable: true }) migratedPence: number | null;
  @Field(() => GraphQLSafeInt) @ApiProperty() differencePence: number;
  @Field(() => [String]) @ApiProperty({ type: [String] }) explanation: string[];
}

@ObjectType('MigrationBalanceReconciliation')
export class MigrationBalanceReconciliationView {
  @Field(() => GraphQLSafeInt) @ApiProperty() legacyTotalPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() migratedTotalPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() accountsCompared: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() accountsDiffering: number;
  @Field(() => [MigrationBalanceDifferenceView], { description: 'Up to the limit the reconciliation listed; accountsDiffering counts them all.' })
  @ApiProperty({ type: [MigrationBalanceDifferenceView] })
  differences: MigrationBalanceDifferenceView[];
}

@ObjectType('MigrationShadowBillingDifference', { description: "An account the engine charges differently for the year from the legacy system." })
export class MigrationShadowBillingDifferenceView {
  @Field() @ApiProperty() accountKey: string;
  @Field() @ApiProperty() accountReference: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() legacyChargedPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() engineChargedPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() differencePence: number;
}

@ObjectType('MigrationShadowBilling')
export class MigrationShadowBillingView {
  @Field() @ApiProperty({ example: '2026-27' }) financialYear: string;
  @Field(() => String, { nullable: true, description: 'Why nothing was compared, if nothing was.' }) @ApiPropertyOptional() notCompared?: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() accountsCompared: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() accountsDiffering: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() legacyChargedTotalPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() engineChargedTotalPence: number;
  @Field(() => [MigrationShadowBillingDifferenceView], { description: "Up to the listed limit; REST also gives each account's notices and the engine's lines." })
  @ApiProperty({ type: [MigrationShadowBillingDifferenceView] })
  differences: MigrationShadowBillingDifferenceView[];
}

@ObjectType('MigrationReconciliation', { description: "A load's reconciliation, stored when the CLI reconciled: the evidence that nothing was lost." })
export class MigrationReconciliationView {
  @Field() @ApiProperty({ format: 'uuid' }) loadId: string;
  @Field() @ApiProperty() council: string;
  @Field() @ApiProperty({ example: 'academy-business-rates 1.0' }) profile: string;
  @Field() @ApiProperty({ format: 'date-time' }) producedAt: string;
  @Field({ description: 'Who reconciled.' }) @ApiProperty() producedBy: string;
  @Field(() => [MigrationEntityCountsView]) @ApiProperty({ type: [MigrationEntityCountsView] }) entities: MigrationEntityCountsView[];
  @Field(() => MigrationBalanceReconciliationView) @ApiProperty({ type: MigrationBalanceReconciliationView }) balances: MigrationBalanceReconciliationView;
  @Field(() => MigrationShadowBillingView) @ApiProperty({ type: MigrationShadowBillingView }) shadowBilling: MigrationShadowBillingView;
  @Field({ description: 'Every row accounted for, balances agree to the penny, and shadow billing found no difference.' }) @ApiProperty() clean: boolean;
}
