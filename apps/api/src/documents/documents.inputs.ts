import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

@InputType()
export class RecoveryDocumentInput {
  @Field() @ApiProperty({ example: '000000125' }) @IsString() @MaxLength(100) accountReference: string;
  @Field({ description: 'A reminder or final notice, as GET /v1/business-rates/accounts/{ref}/recovery-stages lists them.' }) @ApiProperty() @IsString() @MaxLength(100) recoveryStageId: string;
  @Field({ nullable: true, description: 'Recorded in the audit trail.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class AccountReferenceQuery {
  @ApiProperty({ example: '000000125' }) @IsString() @MaxLength(100) accountReference: string;
}

@InputType()
export class SendRecoveryNoticeInput extends RecoveryDocumentInput {}

@InputType()
export class NotifyCallbackTokenInput {
  @Field({ description: "The callback bearer token set in the GOV.UK Notify service's callback settings; stored as a hash, never shown again." })
  @ApiProperty({ minLength: 10, maxLength: 1000 }) @IsString() @MinLength(10) @MaxLength(1000) token: string;
  @Field({ nullable: true, description: 'Recorded in the audit trail.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
