import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('Payment')
export class PaymentView {
  @Field() @ApiProperty() paymentId: string;
  @Field(() => String, { nullable: true, description: 'Null while the payment is in suspense.' }) @ApiPropertyOptional({ type: String, nullable: true }) accountReference: string | null;
  @Field(() => GraphQLSafeInt) @ApiProperty() amountPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() allocatedPence: number;
  @Field() @ApiProperty() receivedOn: string;
  @Field() @ApiProperty() method: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) externalReference: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) quotedReference: string | null;
}

@ObjectType('RecordedPayment')
export class RecordedPaymentView {
  @Field(() => PaymentView) @ApiProperty({ type: PaymentView }) payment: PaymentView;
  @Field({ description: 'True when the request repeated a payment already posted: nothing new was recorded.' }) @ApiProperty() replayed: boolean;
  @Field({ description: 'True when no account has the quoted reference: the money waits in suspense.' }) @ApiProperty() inSuspense: boolean;
}

@ObjectType('StatementEntry')
export class StatementEntryView {
  @Field() @ApiProperty() postedOn: string;
  @Field() @ApiProperty({ enum: ['charge', 'costs', 'payment', 'refund', 'transfer-out', 'transfer-in', 'write-off'] }) kind: string;
  @Field() @ApiProperty() description: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) financialYear: string | null;
  @Field(() => GraphQLSafeInt, { description: 'Debits positive, credits negative.' }) @ApiProperty() amountPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() balancePence: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) billNumber: number | null;
}

@ObjectType('AccountStatement')
export class AccountStatementView {
  @Field() @ApiProperty() accountReference: string;
  @Field() @ApiProperty() asAt: string;
  @Field(() => [StatementEntryView]) @ApiProperty({ type: [StatementEntryView] }) entries: StatementEntryView[];
  @Field(() => GraphQLSafeInt, { description: 'Positive is owed; negative is in credit.' }) @ApiProperty() balancePence: number;
}

@ObjectType('MoneyMoved')
export class MoneyMovedView {
  @Field() @ApiProperty({ description: 'The refund, transfer or write-off recorded.' }) id: string;
}
