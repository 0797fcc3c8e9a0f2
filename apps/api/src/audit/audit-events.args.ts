import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

@ArgsType()
export class AuditEventsArgs {
  @Field({ nullable: true, description: 'Only changes to this table.' })
  @ApiPropertyOptional({ example: 'councils' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z_]{1,63}$/, { message: 'tableName must be a table name' })
  tableName?: string;

  @Field({ nullable: true, description: "Only changes to this account: its own rows (liabilities, notes, bills, payments, ...) and reliefs on its liabilities." })
  @ApiPropertyOptional({ example: '000000125' })
  @IsOptional()
  @IsString()
  accountReference?: string;

  @Field({ nullable: true, description: 'Page backwards: events older than this id.' })
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  beforeId?: string;

  @Field(() => Int, { nullable: true, defaultValue: 50 })
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}
