import { Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsInt, IsObject, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { GraphQLJSONObject } from 'graphql-scalars';

/** Checked again, field by field against each plugin's declarations, by the use case. */
@InputType()
export class CouncilPolicyInput {
  @Field({ description: 'The day the version applies from.' }) @ApiProperty({ example: '2025-04-01' }) @IsString() effectiveFrom: string;
  @Field(() => [String], { description: 'Plugin ids in the order they are asked; the national baseline is added last.' })
  @ApiProperty({ type: [String], example: ['quantock-vale/village-shops'] }) @IsArray() @IsString({ each: true }) plugins: string[];
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Setting values by plugin id, then key: only those that differ from the defaults.' })
  @ApiPropertyOptional({ example: { 'quantock-vale/village-shops': { percent: '75' } } }) @IsOptional() @IsObject() settings?: Record<string, Record<string, unknown>>;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
  @Field({ nullable: true, description: 'Operators only: the council whose policy this is.' }) @ApiPropertyOptional() @IsOptional() @IsUUID() councilId?: string;
}

export class CouncilPolicyParameters {
  @ApiPropertyOptional({ example: '2025-09-30', description: 'The version in force on this day; today if not given.' }) @IsOptional() @IsString() asAt?: string;
  @ApiPropertyOptional({ description: 'Operators only: the council.' }) @IsOptional() @IsUUID() councilId?: string;
}

export class CouncilParameter {
  @ApiPropertyOptional({ description: 'Operators only: the council.' }) @IsOptional() @IsUUID() councilId?: string;
}

/** A version the council might set, and the year and sample to try it on. */
@InputType()
export class CouncilPolicyPreviewInput {
  @Field({ description: 'The year whose charges are compared.' }) @ApiProperty({ example: '2025-26' }) @IsString() financialYear: string;
  @Field({ description: 'The day the version would apply from.' }) @ApiProperty({ example: '2025-04-01' }) @IsString() effectiveFrom: string;
  @Field(() => [String]) @ApiProperty({ type: [String], example: ['quantock-vale/village-shops'] }) @IsArray() @IsString({ each: true }) plugins: string[];
  @Field(() => GraphQLJSONObject, { nullable: true }) @ApiPropertyOptional({ example: { 'quantock-vale/village-shops': { percent: '75' } } }) @IsOptional() @IsObject() settings?: Record<string, Record<string, unknown>>;
  @Field(() => Int, { nullable: true, description: 'Accounts to compare, spread over the register (200 if not given, at most 2,000).' })
  @ApiPropertyOptional({ example: 200 }) @IsOptional() @IsInt() sampleSize?: number;
  @Field({ nullable: true, description: 'Operators only: the council.' }) @ApiPropertyOptional() @IsOptional() @IsUUID() councilId?: string;
}
