import { Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';

/** The fields are checked again, and their limits explained, by the use case. */
@InputType()
export class RecoveryPolicyInput {
  @Field({ description: 'The day the policy applies from.' }) @ApiProperty({ example: '2024-04-01' }) @IsString() effectiveFrom: string;
  @Field(() => Int, { description: 'Days after an unpaid instalment fell due before a reminder.' }) @ApiProperty({ example: 7 }) @IsInt() reminderAfterDays: number;
  @Field(() => Int, { description: 'Reminders in a year before a missed instalment brings a final notice.' }) @ApiProperty({ example: 1 }) @IsInt() remindersPerYear: number;
  @Field(() => Int, { description: 'Days a reminder or final notice gives to pay (at least 7).' }) @ApiProperty({ example: 7 }) @IsInt() daysToPay: number;
  @Field(() => Int, { description: 'Days from the summons to the hearing (at least 14).' }) @ApiProperty({ example: 14 }) @IsInt() daysToHearing: number;
  @Field(() => GraphQLSafeInt) @ApiProperty({ example: 6_500 }) @IsInt() summonsCostsPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty({ example: 4_000 }) @IsInt() liabilityOrderCostsPence: number;
  @Field(() => GraphQLSafeInt, { description: 'No summons for arrears below this.' }) @ApiProperty({ example: 5_000 }) @IsInt() minimumSummonsArrearsPence: number;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class RecoveryRunInput {
  @Field({ nullable: true, description: 'The day the notices are issued: only today is allowed (notices are dated the day they go out); may be left out.' }) @ApiPropertyOptional({ example: '2024-05-08' }) @IsOptional() @IsString() asAt?: string;
}

export class RecoveryPolicyParameters {
  @ApiPropertyOptional({ example: '2024-09-30', description: 'The policy in force on this day; today if not given.' }) @IsOptional() @IsString() asAt?: string;
}
