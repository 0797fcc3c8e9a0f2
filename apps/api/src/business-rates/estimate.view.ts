import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { GraphQLJSONObject, GraphQLSafeInt } from 'graphql-scalars';
import { LINE_CODES, type LineCode } from '../../../../libs/business-rates/src/index.js';

export const LineCodeEnum = Object.fromEntries(LINE_CODES.map((code) => [code, code])) as Record<LineCode, LineCode>;
registerEnumType(LineCodeEnum, { name: 'ChargeLineCode' });

@ObjectType('ChargeLine', { description: 'One line of a bill, with the rule, legislation and inputs that explain it.' })
export class ChargeLineView {
  @Field(() => LineCodeEnum)
  @ApiProperty({ enum: LINE_CODES })
  code: LineCode;

  @Field()
  @ApiProperty()
  description: string;

  @Field(() => GraphQLSafeInt, { description: 'Pence; reliefs are negative.' })
  @ApiProperty({ description: 'Pence; reliefs are negative.' })
  amountPence: number;

  @Field()
  @ApiProperty({ example: '2024-04-01' })
  periodStart: string;

  @Field()
  @ApiProperty({ example: '2025-03-31' })
  periodEnd: string;

  @Field()
  @ApiProperty()
  rule: string;

  @Field()
  @ApiProperty()
  legislation: string;

  @Field(() => GraphQLJSONObject)
  @ApiProperty({ type: 'object', additionalProperties: true })
  inputs: Record<string, unknown>;
}

@ObjectType('EstimatedInstalment')
export class EstimatedInstalmentView {
  @Field()
  @ApiProperty({ example: '2024-04-15' })
  dueDate: string;

  @Field(() => GraphQLSafeInt)
  @ApiProperty()
  amountPence: number;
}

@ObjectType('BusinessRatesEstimate')
export class BusinessRatesEstimateView {
  @Field(() => GraphQLSafeInt)
  @ApiProperty()
  grossChargePence: number;

  @Field(() => GraphQLSafeInt)
  @ApiProperty()
  netChargePence: number;

  @Field(() => [ChargeLineView])
  @ApiProperty({ type: [ChargeLineView] })
  lines: ChargeLineView[];

  @Field(() => [EstimatedInstalmentView])
  @ApiProperty({ type: [EstimatedInstalmentView] })
  instalments: EstimatedInstalmentView[];
}
