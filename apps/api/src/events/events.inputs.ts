import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ReasonInput } from '../graphql/reason.input.js';
import { COUNCIL_EVENT_TYPES, DELIVERY_STATUSES } from '../../../../libs/events/src/index.js';

/** Formats (the URL, event types, times, ids) are checked, and named, by the use cases. */
@InputType()
export class WebhookSubscriptionInput {
  @Field({ description: 'https (plain http only to localhost).' }) @ApiProperty({ example: 'https://crm.example.gov.uk/hooks/rates' }) @IsString() @MaxLength(2000) endpointUrl: string;
  @Field(() => [String], { description: COUNCIL_EVENT_TYPES.join(', ') })
  @ApiProperty({ enum: COUNCIL_EVENT_TYPES, isArray: true }) @IsArray() @IsString({ each: true }) @MaxLength(100, { each: true }) eventTypes: string[];
  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'CRM: case on arrears' }) @IsOptional() @IsString() @MaxLength(500) description?: string;
  @Field({ nullable: true, description: 'Recorded in the audit trail.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class ReplayEventInput extends ReasonInput {
  @Field({ nullable: true, description: 'Only to this subscription (every active subscription taking the type when omitted).' })
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsString() @MaxLength(100) subscriptionId?: string;
}

@InputType()
export class ReplaySubscriptionInput extends ReasonInput {
  @Field({ description: 'Every event of the subscription’s types that occurred at or after this time, such as 2026-12-01T00:00:00Z.' })
  @ApiProperty({ example: '2026-12-01T00:00:00Z' }) @IsString() @MaxLength(40) since: string;
}

@ArgsType()
export class CouncilEventsArgs {
  @Field({ nullable: true }) @ApiPropertyOptional({ enum: COUNCIL_EVENT_TYPES }) @IsOptional() @IsString() @MaxLength(100) type?: string;
  @Field({ nullable: true, description: 'An account reference.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) subject?: string;
  @Field({ nullable: true, description: 'Events at or after this time.' }) @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' }) @IsOptional() @IsString() @MaxLength(40) since?: string;
  @Field(() => Int, { nullable: true, defaultValue: 100 }) @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsString() @MaxLength(100) subscriptionId?: string;
  @Field({ nullable: true }) @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsString() @MaxLength(100) eventId?: string;
  @Field({ nullable: true }) @ApiPropertyOptional({ enum: DELIVERY_STATUSES }) @IsOptional() @IsString() @MaxLength(20) status?: string;
  @Field(() => Int, { nullable: true, defaultValue: 100 }) @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}
