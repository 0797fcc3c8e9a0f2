import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

@InputType()
export class IssueBillInput {
  @Field({ description: 'e.g. 2024-25' })
  @ApiProperty({ example: '2024-25' })
  @IsString()
  financialYear: string;

  @Field({ nullable: true, description: 'Why the bill is issued; recorded in the audit trail.' })
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@ArgsType()
export class ListBillsArgs {
  @Field()
  @IsString()
  accountReference: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  financialYear?: string;
}

export class ListBillsQueryParameters {
  @ApiPropertyOptional({ example: '2024-25' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}$/, { message: 'financialYear must be a financial year such as 2024-25' })
  financialYear?: string;
}
