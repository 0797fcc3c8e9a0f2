import { Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PAYMENT_FILE_FORMATS } from '../../../../libs/payments-in/src/index.js';

@InputType()
export class SigningSecretInput {
  @Field({ description: 'The webhook signing secret GOV.UK Pay shows for this council\'s webhook. Never returned.' })
  @ApiProperty({ example: 'webhook_live_0123456789abcdef' }) @IsString() @MaxLength(500) secret: string;
  @Field({ nullable: true, description: 'Recorded in the audit trail.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
  @Field(() => Int, { nullable: true, description: 'How far (seconds) a notification\'s created_date may be from our clock: 60 to 259200. Omitted: the one set before, else 900 (15 minutes).' })
  @ApiPropertyOptional({ example: 3600, minimum: 60, maximum: 259_200 }) @IsOptional() @IsInt() toleranceSeconds?: number;
}

/** A file's format and name; over REST the file itself is the request body (text/csv). */
export class PaymentImportParameters {
  @ApiProperty({ enum: PAYMENT_FILE_FORMATS }) @IsIn(PAYMENT_FILE_FORMATS) format: (typeof PAYMENT_FILE_FORMATS)[number];
  @ApiProperty({ example: 'allpay-2026-04-01.csv' }) @IsString() @MaxLength(255) fileName: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class PaymentFileInput {
  @Field(() => String, { description: `One of ${PAYMENT_FILE_FORMATS.join(', ')}.` }) @IsString() format: string;
  @Field() @IsString() fileName: string;
  @Field({ description: 'The whole file as text (the request is limited to BODY_LIMIT_BYTES: large files go over REST).' }) @IsString() content: string;
  @Field({ nullable: true }) @IsOptional() @IsString() reason?: string;
}

export class ListParameters {
  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

export const LIMIT_ARGUMENT = { type: () => Int, nullable: true, defaultValue: 100 } as const;
