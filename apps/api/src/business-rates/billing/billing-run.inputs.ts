import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@InputType()
export class StartBillingRunInput {
  @Field({ description: 'e.g. 2026-27' })
  @ApiProperty({ example: '2026-27' })
  @IsString()
  financialYear: string;

  @Field({ nullable: true, description: 'The date the annual bills carry; today when omitted.' })
  @ApiPropertyOptional({ example: '2026-03-10' })
  @IsOptional()
  @IsString()
  issuedOn?: string;

  @Field({ nullable: true, description: 'Recorded in the audit trail.' })
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
