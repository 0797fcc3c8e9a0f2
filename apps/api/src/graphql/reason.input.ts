import { Field, InputType } from '@nestjs/graphql';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** The body of an action that needs nothing but why: one GraphQL type for every module, as names must be unique. */
@InputType()
export class ReasonInput {
  @Field({ nullable: true, description: 'Recorded in the audit trail.' }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}
