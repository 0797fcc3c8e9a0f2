import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { GRANT_STATUSES, OFFICER_DECISIONS, type GrantStatus, type OfficerDecisionKind } from '../../../../libs/grants/src/index.js';

/** The fields' formats (sort code, account number, the scheme's dates) are checked, and named, by the use case. */
@InputType()
export class GrantApplicationInput {
  @Field({ description: 'The scheme, as `pluginId:key` (see grantSchemes).' })
  @ApiProperty({ example: 'brue-valley/high-street:small-business-hardship-2026' }) @IsString() @MaxLength(200) schemeId: string;
  @Field({ description: 'The business-rates account reference the applicant quotes.' }) @ApiProperty({ example: '000000018' }) @IsString() @MaxLength(100) accountReference: string;
  @Field({ description: 'The applicant’s (business’s) name, compared with the ratepayer’s.' }) @ApiProperty({ example: 'Brue Valley Bakery Ltd' }) @IsString() @MaxLength(200) applicantName: string;
  @Field({ description: 'Six digits; 12-34-56 and 12 34 56 are accepted.' }) @ApiProperty({ example: '12-34-56' }) @IsString() @MaxLength(20) payeeSortCode: string;
  @Field({ description: 'Eight digits. Reads show only the last four.' }) @ApiProperty({ example: '12345678' }) @IsString() @MaxLength(20) payeeAccountNumber: string;
  @Field({ nullable: true, description: 'The same key again returns the same application, never a second one.' })
  @ApiPropertyOptional({ description: 'Over REST, send the Idempotency-Key header instead (the header wins if both are sent).' }) @IsOptional() @IsString() @MaxLength(200) idempotencyKey?: string;
  @Field({ nullable: true, description: 'Recorded in the audit trail.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@InputType()
export class GrantDecisionInput {
  @Field(() => String, { description: 'approve or reject.' }) @ApiProperty({ enum: OFFICER_DECISIONS }) @IsIn(OFFICER_DECISIONS) decision: OfficerDecisionKind;
  @Field({ description: 'Why: recorded on the application and in the audit trail.' }) @ApiProperty({ example: 'Director confirmed by phone; Companies House shows the name change.' }) @IsString() @MaxLength(500) reason: string;
}

@InputType()
export class GrantPaymentRunInput {
  @Field() @ApiProperty({ example: 'brue-valley/high-street:small-business-hardship-2026' }) @IsString() @MaxLength(200) schemeId: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

@ArgsType()
export class GrantApplicationsArgs {
  @Field({ nullable: true, description: 'Only applications to this scheme.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) schemeId?: string;
  @Field(() => String, { nullable: true, description: 'Only applications in this status.' }) @ApiPropertyOptional({ enum: GRANT_STATUSES }) @IsOptional() @IsIn(GRANT_STATUSES) status?: GrantStatus;
  @Field({ nullable: true, description: 'Page on: applications after this reference.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) afterReference?: string;
  @Field(() => Int, { nullable: true, defaultValue: 100 }) @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ArgsType()
export class GrantPaymentRunsArgs {
  @Field({ nullable: true, description: 'Only runs of this scheme.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(200) schemeId?: string;
}
