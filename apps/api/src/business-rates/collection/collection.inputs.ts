import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { PAYMENT_METHODS } from '../../../../../libs/business-rates/src/index.js';

@InputType()
export class RecordPaymentInput {
  @Field({ description: 'The account reference the payer quoted; one that names no account puts the payment in suspense.' }) @ApiProperty({ example: '000000018' }) @IsString() accountReference: string;
  @Field(() => GraphQLSafeInt) @ApiProperty({ example: 99_800 }) @IsInt() amountPence: number;
  @Field() @ApiProperty({ example: '2024-05-01' }) @IsString() receivedOn: string;
  @Field(() => String) @ApiProperty({ enum: PAYMENT_METHODS }) @IsIn(PAYMENT_METHODS) method: (typeof PAYMENT_METHODS)[number];
  @Field({ nullable: true, description: "The payment system's own reference: a second payment with it posts once." }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) externalReference?: string;
  @Field({ nullable: true, description: 'The year the payer says it is for; otherwise the oldest debt first.' }) @ApiPropertyOptional({ example: '2024-25' }) @IsOptional() @IsString() financialYear?: string;
}

@InputType()
export class MoveCreditInput {
  @Field(() => GraphQLSafeInt) @ApiProperty() @IsInt() amountPence: number;
  @Field() @ApiProperty() @IsString() @MaxLength(500) reason: string;
}

@InputType()
export class TransferCreditInput extends MoveCreditInput {
  @Field() @ApiProperty() @IsString() toAccountReference: string;
}

@InputType()
export class WriteOffInput extends MoveCreditInput {
  @Field() @ApiProperty({ example: '2023-24' }) @IsString() financialYear: string;
}

@InputType()
export class AssignSuspensePaymentInput {
  @Field() @ApiProperty() @IsString() accountReference: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class StatementParameters {
  @ApiPropertyOptional({ example: '2024-09-30', description: 'Entries posted on or before this day; today if not given.' }) @IsOptional() @IsString() asAt?: string;
}
