import { Field, Float, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = { message: '$property must be a date such as 2024-04-01' };
const PROPERTY_USES = ['retail', 'hospitality', 'leisure', 'industrial', 'office', 'other'] as const;
const RATEPAYER_TYPES = ['company', 'individual', 'charity', 'casc'] as const;
const MAX_RV = 1_000_000_000;

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
export const PropertyUseEnum = enumOf(PROPERTY_USES);
export const RatepayerTypeEnum = enumOf(RATEPAYER_TYPES);
export const OccupationEnum = enumOf(['occupied', 'empty'] as const);
export const ReliefSchemeEnum = enumOf(['discretionary', 'hardship'] as const);
registerEnumType(PropertyUseEnum, { name: 'PropertyUse' });
registerEnumType(RatepayerTypeEnum, { name: 'RatepayerType' });
registerEnumType(OccupationEnum, { name: 'Occupation' });
registerEnumType(ReliefSchemeEnum, { name: 'AwardedReliefScheme' });

@InputType('EstimateRatepayerInput')
export class EstimateRatepayerInput {
  @Field(() => RatepayerTypeEnum)
  @ApiProperty({ enum: RATEPAYER_TYPES })
  @IsIn(RATEPAYER_TYPES)
  type: (typeof RATEPAYER_TYPES)[number];

  @Field(() => [Int], { nullable: true, description: 'Rateable values (whole £) of the other properties the ratepayer occupies in England.' })
  @ApiPropertyOptional({ type: [Number], example: [2_500] })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(MAX_RV, { each: true })
  otherPropertiesRateableValues?: number[];
}

@InputType('EstimateReliefInput')
export class EstimateReliefInput {
  @Field(() => ReliefSchemeEnum)
  @ApiProperty({ enum: ['discretionary', 'hardship'] })
  @IsIn(['discretionary', 'hardship'])
  scheme: 'discretionary' | 'hardship';

  @Field(() => Float, { description: 'Percentage of the charge remaining, 0-100, up to 4 decimal places.' })
  @ApiProperty({ example: 50 })
  @IsNumber({ maxDecimalPlaces: 4, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  percent: number;
}

@InputType('EstimateInstalmentsInput')
export class EstimateInstalmentsInput {
  @Field(() => Int, { nullable: true, description: '10 (the default) or 12 on request.' })
  @ApiPropertyOptional({ enum: [10, 12] })
  @IsOptional()
  @IsIn([10, 12])
  count?: 10 | 12;

  @Field({ nullable: true })
  @ApiPropertyOptional({ example: '2024-04-15' })
  @IsOptional()
  @Matches(DATE, dateMessage)
  firstDueDate?: string;

  @Field()
  @ApiProperty({ example: '2024-03-20' })
  @Matches(DATE, dateMessage)
  noticeIssuedOn: string;
}

@InputType('BusinessRatesEstimateInput')
export class BusinessRatesEstimateInput {
  @Field({ description: 'e.g. 2024-25' })
  @ApiProperty({ example: '2024-25' })
  @IsString()
  financialYear: string;

  @Field({ nullable: true, description: 'First day charged (inclusive); default the start of the year.' })
  @ApiPropertyOptional({ example: '2024-04-01' })
  @IsOptional()
  @Matches(DATE, dateMessage)
  periodStart?: string;

  @Field({ nullable: true, description: 'Last day charged (inclusive); default the end of the year.' })
  @ApiPropertyOptional({ example: '2025-03-31' })
  @IsOptional()
  @Matches(DATE, dateMessage)
  periodEnd?: string;

  @Field(() => Int, { description: 'Whole pounds.' })
  @ApiProperty({ example: 14_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_RV)
  rateableValue: number;

  @Field(() => OccupationEnum)
  @ApiProperty({ enum: ['occupied', 'empty'] })
  @IsIn(['occupied', 'empty'])
  occupation: 'occupied' | 'empty';

  @Field({ nullable: true, description: 'Required when empty: the day the property became empty.' })
  @ApiPropertyOptional({ example: '2024-01-10' })
  @IsOptional()
  @Matches(DATE, dateMessage)
  emptySince?: string;

  @Field(() => PropertyUseEnum)
  @ApiProperty({ enum: PROPERTY_USES })
  @IsIn(PROPERTY_USES)
  propertyUse: (typeof PROPERTY_USES)[number];

  @Field({ nullable: true })
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  listedBuilding?: boolean;

  @Field({ nullable: true })
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  inLondon?: boolean;

  @Field({ nullable: true, description: 'In the City of London: its premium is added to the multipliers (where the reference data holds it).' })
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  cityOfLondon?: boolean;

  @Field(() => EstimateRatepayerInput)
  @ApiProperty({ type: EstimateRatepayerInput })
  @ValidateNested()
  @Type(() => EstimateRatepayerInput)
  ratepayer: EstimateRatepayerInput;

  @Field(() => Int, { nullable: true, description: 'Whole pounds, on the day before the latest revaluation: for transitional relief and Supporting Small Business.' })
  @ApiPropertyOptional({ example: 12_500 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_RV)
  previousRateableValue?: number;

  @Field(() => [EstimateReliefInput], { nullable: true, description: 'Discretionary (s47) or hardship (s49) awards.' })
  @ApiPropertyOptional({ type: [EstimateReliefInput] })
  @IsOptional()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => EstimateReliefInput)
  reliefs?: EstimateReliefInput[];

  @Field(() => EstimateInstalmentsInput, { nullable: true })
  @ApiPropertyOptional({ type: EstimateInstalmentsInput })
  @IsOptional()
  @ValidateNested()
  @Type(() => EstimateInstalmentsInput)
  instalments?: EstimateInstalmentsInput;
}
