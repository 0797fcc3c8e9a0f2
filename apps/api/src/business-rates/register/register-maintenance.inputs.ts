import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { CONTACT_KINDS, PARTY_KINDS, PROPERTY_USES, SEARCH_LIMIT_MAX } from '../../../../../libs/business-rates/src/index.js';
import { Reasoned } from './register.inputs.js';

/*
 * Partial updates: a field left out is unchanged; null clears the fields that may be empty
 * (the use case refuses null for the others, naming the field).
 */

@InputType()
export class UpdateHereditamentInput extends Reasoned {
  @Field(() => [String], { nullable: true }) @ApiPropertyOptional({ type: [String], example: ['1 High Street', 'Bridgwater'] }) @IsOptional() @IsArray() @IsString({ each: true }) addressLines?: string[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true, example: 'TA6 3AR' }) @IsOptional() @IsString() postcode?: string | null;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() description?: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true, example: '249G' }) @IsOptional() @IsString() scatCode?: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ enum: PROPERTY_USES }) @IsOptional() @IsIn(PROPERTY_USES) propertyUse?: (typeof PROPERTY_USES)[number];
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsBoolean() listedBuilding?: boolean;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) @IsOptional() @IsInt() uprn?: number | null;
}

@InputType()
export class UpdatePartyInput extends Reasoned {
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ enum: PARTY_KINDS }) @IsOptional() @IsIn(PARTY_KINDS) kind?: (typeof PARTY_KINDS)[number];
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() name?: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() companyNumber?: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() charityNumber?: string | null;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsBoolean() registeredCasc?: boolean;
}

@InputType()
export class UpdateAccountInput extends Reasoned {
  @Field(() => Int) @ApiProperty({ enum: [10, 12] }) @IsInt() instalmentPreference: number;
}

@InputType()
export class AddContactInput extends Reasoned {
  @Field(() => String) @ApiProperty({ enum: CONTACT_KINDS }) @IsIn(CONTACT_KINDS) kind: (typeof CONTACT_KINDS)[number];
  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'rates@example.com' }) @IsOptional() @IsString() email?: string;
  @Field({ nullable: true }) @ApiPropertyOptional({ example: '01278 435435' }) @IsOptional() @IsString() phone?: string;
  @Field(() => [String], { nullable: true }) @ApiPropertyOptional({ type: [String] }) @IsOptional() @IsArray() @IsString({ each: true }) addressLines?: string[];
  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'TA6 3AR' }) @IsOptional() @IsString() postcode?: string;
  @Field({ nullable: true, description: 'Use this one first; the others of its kind stop being preferred.' }) @ApiPropertyOptional() @IsOptional() @IsBoolean() preferred?: boolean;
}

@InputType()
export class NoteInput extends Reasoned {
  @Field() @ApiProperty({ example: 'Rang to say the shop closes in March.' }) @IsString() body: string;
}

/** GraphQL names what the note is about in the input; REST names it in the path. */
@InputType()
export class AddNoteInput extends NoteInput {
  @Field({ nullable: true }) @IsOptional() @IsString() accountReference?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() hereditamentId?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() partyId?: string;
}

@InputType()
export class EndReliefInput extends Reasoned {
  @Field({ description: 'The last day the award covers.' }) @ApiProperty({ example: '2024-12-31' }) @IsString() endsOn: string;
}

@ArgsType()
export class SearchArgs {
  @Field({ description: 'At least 2 characters.' }) @ApiProperty({ example: 'TA6 3AR' }) @IsString() q: string;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ default: 20, minimum: 1, maximum: SEARCH_LIMIT_MAX }) @IsOptional() @Type(() => Number) @IsInt() limit?: number;
}
