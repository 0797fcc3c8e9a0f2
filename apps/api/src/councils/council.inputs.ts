import { Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { COUNCIL_STATUSES, type CouncilStatus } from '../../../../libs/councils/src/index.js';
import { CouncilStatusEnum } from './council.view.js';

// Shapes and types are checked here; the formats (code, ONS code, email...) are council rules in the domain.

@InputType({ description: 'Why a change is made, kept in the audit trail.' })
class ReasonedInput {
  @Field({ nullable: true, description: 'Why the change is made; recorded in the audit trail.' })
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@InputType()
class CouncilContactInput extends ReasonedInput {
  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: 'E07000188' })
  @IsOptional()
  @IsString()
  onsCode?: string | null;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: 'business.rates@example.gov.uk' })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: '0300 123 4567' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.example.gov.uk' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string | null;
}

@InputType('CreateCouncilInput')
export class CreateCouncilInput extends CouncilContactInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; used in tokens. Cannot be changed later.' })
  @ApiProperty({ example: 'sedgemoor' })
  @IsString()
  @MaxLength(40)
  code: string;

  @Field()
  @ApiProperty({ example: 'Sedgemoor District Council' })
  @IsString()
  @MaxLength(200)
  name: string;
}

@InputType('ConfigureCouncilInput')
export class ConfigureCouncilInput extends CouncilContactInput {
  @Field({ nullable: true })
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @Field(() => CouncilStatusEnum, { nullable: true, description: 'Suspending a council refuses its tokens.' })
  @ApiPropertyOptional({ enum: COUNCIL_STATUSES })
  @IsOptional()
  @IsIn(COUNCIL_STATUSES)
  status?: CouncilStatus;
}
