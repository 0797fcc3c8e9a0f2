import { Field, InputType, Int } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { CAPACITIES, PARTY_KINDS, PROPERTY_USES, RELIEF_KINDS } from '../../../../../libs/business-rates/src/index.js';

@InputType({ isAbstract: true })
export class Reasoned {
  @Field({ nullable: true, description: 'Why; recorded in the audit trail.' })
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional() @IsString() @MaxLength(500)
  reason?: string;
}

@InputType()
export class CreateHereditamentInput extends Reasoned {
  @Field() @ApiProperty({ example: '00012345000' }) @IsString() baReference: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional() @IsOptional() @IsInt() uarn?: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional() @IsOptional() @IsInt() uprn?: number;
  @Field(() => [String]) @ApiProperty({ type: [String], example: ['1 High Street', 'Bridgwater'] }) @IsArray() @IsString({ each: true }) addressLines: string[];
  @Field({ nullable: true }) @ApiPropertyOptional({ example: 'TA6 3AR' }) @IsOptional() @IsString() postcode?: string;
  @Field() @ApiProperty({ example: 'Shop and premises' }) @IsString() description: string;
  @Field({ nullable: true }) @ApiPropertyOptional({ example: '249G' }) @IsOptional() @IsString() scatCode?: string;
  @Field(() => String) @ApiProperty({ enum: PROPERTY_USES }) @IsIn(PROPERTY_USES) propertyUse: (typeof PROPERTY_USES)[number];
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsBoolean() listedBuilding?: boolean;
  @Field(() => Int, { description: 'Whole pounds.' }) @ApiProperty({ example: 13250 }) @IsInt() rateableValue: number;
  @Field({ description: 'When the rateable value took effect.' }) @ApiProperty({ example: '2023-04-01' }) @IsString() effectiveFrom: string;
}

@InputType()
export class RecordRateableValueInput extends Reasoned {
  @Field() @ApiProperty({ example: '2024-06-01' }) @IsString() effectiveFrom: string;
  @Field(() => Int, { description: 'Whole pounds.' }) @ApiProperty({ example: 12000 }) @IsInt() rateableValue: number;
}

@InputType()
export class RecordOccupationInput extends Reasoned {
  @Field() @ApiProperty({ example: '2024-07-15' }) @IsString() startsOn: string;
  @Field() @ApiProperty() @IsBoolean() occupied: boolean;
}

@InputType()
export class CreatePartyInput extends Reasoned {
  @Field(() => String) @ApiProperty({ enum: PARTY_KINDS }) @IsIn(PARTY_KINDS) kind: (typeof PARTY_KINDS)[number];
  @Field() @ApiProperty() @IsString() name: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() companyNumber?: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() charityNumber?: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsBoolean() registeredCasc?: boolean;
}

@InputType()
export class OpenAccountInput extends Reasoned {
  @Field() @ApiProperty() @IsString() partyId: string;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional({ enum: [10, 12] }) @IsOptional() @IsInt() instalmentPreference?: number;
}

@InputType()
export class StartLiabilityInput extends Reasoned {
  @Field() @ApiProperty() @IsString() hereditamentId: string;
  @Field(() => String) @ApiProperty({ enum: CAPACITIES }) @IsIn(CAPACITIES) capacity: (typeof CAPACITIES)[number];
  @Field() @ApiProperty({ example: '2024-07-15' }) @IsString() startsOn: string;
}

@InputType()
export class EndLiabilityInput extends Reasoned {
  @Field({ description: 'The last day liable.' }) @ApiProperty({ example: '2024-12-31' }) @IsString() endsOn: string;
}

@InputType()
export class AwardReliefInput extends Reasoned {
  @Field(() => String) @ApiProperty({ enum: RELIEF_KINDS }) @IsIn(RELIEF_KINDS) kind: (typeof RELIEF_KINDS)[number];
  @Field() @ApiProperty() @IsString() startsOn: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() endsOn?: string;
  @Field({ nullable: true, description: 'Discretionary and hardship: the percentage of what remains, e.g. "50".' }) @ApiPropertyOptional() @IsOptional() @IsString() percent?: string;
  @Field({ nullable: true }) @ApiPropertyOptional({ enum: ['general-store', 'post-office', 'food-shop', 'pub', 'petrol-station'] }) @IsOptional() @IsString() ruralBusiness?: string;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsBoolean() onlyOneInSettlement?: boolean;
  @Field({ nullable: true }) @ApiPropertyOptional() @IsOptional() @IsString() exemptionClass?: string;
  @Field(() => Int, { nullable: true }) @ApiPropertyOptional() @IsOptional() @IsInt() unoccupiedRateableValue?: number;
  @Field({ description: 'What the award rests on.' }) @ApiProperty() @IsString() evidence: string;
}
