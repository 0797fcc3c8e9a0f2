import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';
import { GRANT_STATUSES } from '../../../../libs/grants/src/index.js';

@ObjectType('GrantScheme')
export class GrantSchemeView {
  @Field({ description: '`pluginId:key`: what an application names.' }) @ApiProperty({ example: 'brue-valley/high-street:small-business-hardship-2026' }) id: string;
  @Field() @ApiProperty({ example: 'brue-valley/high-street' }) pluginId: string;
  @Field() @ApiProperty() name: string;
  @Field({ description: 'The first day applications are taken.' }) @ApiProperty({ example: '2026-11-01' }) opensOn: string;
  @Field({ description: 'The last day applications are taken.' }) @ApiProperty({ example: '2027-01-31' }) closesOn: string;
  @Field({ description: 'Taking applications today.' }) @ApiProperty() openToday: boolean;
}

@ObjectType('GrantOfficerDecision')
export class GrantOfficerDecisionView {
  @Field() @ApiProperty({ enum: ['approved', 'rejected'] }) decision: string;
  @Field({ description: "The officer's subject (user id), as the audit trail has it." }) @ApiProperty() decidedBy: string;
  @Field() @ApiProperty() decidedOn: string;
  @Field() @ApiProperty() reason: string;
}

@ObjectType('GrantApplication')
export class GrantApplicationView {
  @Field({ description: 'The council’s reference for the application, such as GA-00000001.' }) @ApiProperty({ example: 'GA-00000001' }) reference: string;
  @Field() @ApiProperty() schemeId: string;
  @Field({ description: 'The account reference the applicant quoted.' }) @ApiProperty() accountReference: string;
  @Field({ description: 'Whether the quoted reference named an account in the register.' }) @ApiProperty() accountFound: boolean;
  @Field() @ApiProperty() applicantName: string;
  @Field() @ApiProperty({ example: '123456' }) payeeSortCode: string;
  @Field({ description: 'The last four digits of the payee’s account number: reads never show it whole.' }) @ApiProperty({ example: '5678' }) payeeAccountNumberEnding: string;
  @Field() @ApiProperty() appliedOn: string;
  @Field({ description: 'As the scheme assessed it.' }) @ApiProperty() eligible: boolean;
  @Field(() => GraphQLSafeInt, { description: 'The grant, in pence; 0 when not eligible.' }) @ApiProperty() amountPence: number;
  @Field({ description: 'green, amber or red, as the scheme assessed it.' }) @ApiProperty({ enum: ['green', 'amber', 'red'] }) risk: string;
  @Field(() => [String], { description: 'The scheme’s reasons.' }) @ApiProperty({ type: [String] }) reasons: string[];
  @Field({ description: GRANT_STATUSES.join(', ') }) @ApiProperty({ enum: GRANT_STATUSES }) status: string;
  @Field(() => GrantOfficerDecisionView, { nullable: true }) @ApiPropertyOptional({ type: GrantOfficerDecisionView, nullable: true }) officerDecision: GrantOfficerDecisionView | null;
  @Field(() => String, { nullable: true, description: 'The payment run that paid it.' }) @ApiPropertyOptional({ type: String, nullable: true }) paymentRunId: string | null;
}

@ObjectType('AppliedGrant')
export class AppliedGrantView {
  @Field(() => GrantApplicationView) @ApiProperty({ type: GrantApplicationView }) application: GrantApplicationView;
  @Field({ description: 'True when the request repeated an application already made with the same key: nothing new was recorded.' }) @ApiProperty() replayed: boolean;
}

@ObjectType('GrantPaymentRun')
export class GrantPaymentRunView {
  @Field() @ApiProperty() paymentRunId: string;
  @Field() @ApiProperty() schemeId: string;
  @Field() @ApiProperty() runOn: string;
  @Field(() => Int) @ApiProperty() applicationCount: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() totalPence: number;
}

@ObjectType('GrantPaymentLine')
export class GrantPaymentLineView {
  @Field() @ApiProperty() applicationReference: string;
  @Field() @ApiProperty() accountReference: string;
  @Field({ description: 'The applicant’s name, as they gave it.' }) @ApiProperty() payeeName: string;
  @Field() @ApiProperty({ example: '123456' }) sortCode: string;
  @Field({ description: 'In full: this is the payment file.' }) @ApiProperty({ example: '12345678' }) accountNumber: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() amountPence: number;
}

@ObjectType('GrantPaymentFile')
export class GrantPaymentFileView extends GrantPaymentRunView {
  @Field(() => [GrantPaymentLineView], { description: 'One line a payment, for the council’s finance system (BACS).' }) @ApiProperty({ type: [GrantPaymentLineView] }) lines: GrantPaymentLineView[];
}
