import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { GraphQLJSON, GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('PolicySetting')
export class PolicySettingView {
  @Field() @ApiProperty({ example: 'percent' }) key: string;
  @Field({ description: 'whole-number, pence, percent, yes-no, date, text or text-list' }) @ApiProperty({ example: 'percent' }) type: string;
  @Field() @ApiProperty() description: string;
  @Field(() => GraphQLJSON, { description: 'The value in force: the council’s, or the default.' }) @ApiProperty({ example: '50' }) value: unknown;
  @Field(() => GraphQLJSON) @ApiProperty({ example: '50' }) defaultValue: unknown;
  @Field({ description: 'council when the council set it; default otherwise.' }) @ApiProperty({ enum: ['council', 'default'] }) source: string;
}

@ObjectType('PolicyGrantScheme')
export class PolicyGrantSchemeView {
  @Field() @ApiProperty() key: string;
  @Field() @ApiProperty() name: string;
}

@ObjectType('PolicyPlugin')
export class PolicyPluginView {
  @Field() @ApiProperty({ example: 'quantock-vale/village-shops' }) id: string;
  @Field() @ApiProperty() name: string;
  @Field() @ApiProperty() description: string;
  @Field(() => Int) @ApiProperty({ example: 1 }) sdkVersion: number;
  @Field(() => [String], { description: 'The decisions the plugin makes.' }) @ApiProperty({ type: [String], example: ['localReliefs'] }) decisions: string[];
  @Field(() => [PolicyGrantSchemeView]) @ApiProperty({ type: [PolicyGrantSchemeView] }) grantSchemes: PolicyGrantSchemeView[];
  @Field(() => [PolicySettingView]) @ApiProperty({ type: [PolicySettingView] }) settings: PolicySettingView[];
}

@ObjectType('CouncilPolicy')
export class CouncilPolicyView {
  @Field() @ApiProperty({ example: '2025-04-01' }) effectiveFrom: string;
  @Field({ description: 'council once the council has set a version; national-baseline until then.' }) @ApiProperty({ enum: ['council', 'national-baseline'] }) source: string;
  @Field(() => [PolicyPluginView], { description: 'In the order they are asked; the national baseline last.' }) @ApiProperty({ type: [PolicyPluginView] }) plugins: PolicyPluginView[];
}

@ObjectType('PolicyPreviewAccount')
export class PolicyPreviewAccountView {
  @Field() @ApiProperty() accountReference: string;
  @Field(() => GraphQLSafeInt, { description: "The year's charge under the policy as it stands." }) @ApiProperty() currentPence: number;
  @Field(() => GraphQLSafeInt, { description: 'And as it would be.' }) @ApiProperty() proposedPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() differencePence: number;
}

@ObjectType('PolicyPreview')
export class PolicyPreviewView {
  @Field() @ApiProperty({ example: '2025-26' }) financialYear: string;
  @Field(() => Int) @ApiProperty() sampleSize: number;
  @Field(() => Int) @ApiProperty() accountsCompared: number;
  @Field(() => Int) @ApiProperty() accountsChanged: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() currentTotalPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() proposedTotalPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() differencePence: number;
  @Field(() => [PolicyPreviewAccountView], { description: 'Every account compared, the largest differences first.' }) @ApiProperty({ type: [PolicyPreviewAccountView] }) accounts: PolicyPreviewAccountView[];
}
