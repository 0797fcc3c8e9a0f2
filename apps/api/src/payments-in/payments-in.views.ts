import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('SigningSecret', { description: 'A signing secret as set: who set it, when, and its fingerprint. The secret itself is never returned.' })
export class SigningSecretView {
  @Field() @ApiProperty() provider: string;
  @Field({ description: 'The first 12 hex digits of the secret\'s SHA-256, to tell one secret from another.' }) @ApiProperty() fingerprint: string;
  @Field(() => Int, { description: 'How far (seconds) a notification\'s created_date may be from our clock before it is refused as stale.' }) @ApiProperty() toleranceSeconds: number;
  @Field() @ApiProperty() setBy: string;
  @Field() @ApiProperty() setAt: string;
}

@ObjectType('PaymentNotification', { description: 'A payment notification received, with what became of it.' })
export class PaymentNotificationView {
  @Field() @ApiProperty() notificationId: string;
  @Field() @ApiProperty() provider: string;
  @Field() @ApiProperty() receivedAt: string;
  @Field() @ApiProperty({ enum: ['posted', 'held-in-suspense', 'already-posted', 'ignored', 'rejected'] }) outcome: string;
  @Field() @ApiProperty() reason: string;
  @Field() @ApiProperty() bodySha256: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) eventType: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) providerPaymentId: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) accountReference: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) amountPence: number | null;
  @Field(() => String, { nullable: true, description: 'The payment posted (or found already posted).' }) @ApiPropertyOptional({ type: String, nullable: true }) paymentId: string | null;
}

@ObjectType('PaymentImport', { description: 'A payment file imported. Lines reconcile: totalPence = postedPence + suspensePence + alreadyPostedPence once complete.' })
export class PaymentImportView {
  @Field() @ApiProperty() importId: string;
  @Field() @ApiProperty() format: string;
  @Field() @ApiProperty() fileName: string;
  @Field() @ApiProperty() fileSha256: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() lineCount: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() totalPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() linesDone: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() postedCount: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() postedPence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() suspenseCount: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() suspensePence: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() alreadyPostedCount: number;
  @Field(() => GraphQLSafeInt) @ApiProperty() alreadyPostedPence: number;
  @Field() @ApiProperty() startedBy: string;
  @Field() @ApiProperty() startedAt: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
}

@ObjectType('PaymentFileImported')
export class PaymentFileImportedView {
  @Field(() => PaymentImportView) @ApiProperty({ type: PaymentImportView }) import: PaymentImportView;
  @Field({ description: 'True when the same file had been imported in full before: nothing new was posted.' }) @ApiProperty() alreadyImported: boolean;
}

@ObjectType('AccountHolder', { description: 'An account as an income-management system takes payments against it.' })
export class AccountHolderView {
  @Field() @ApiProperty() accountReference: string;
  @Field(() => GraphQLSafeInt, { description: 'Positive is owed; negative is in credit.' }) @ApiProperty() balancePence: number;
  @Field() @ApiProperty() name: string;
  @Field(() => [String]) @ApiProperty({ type: [String] }) addressLines: string[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) postcode: string | null;
}

/** What a webhook call answers (REST only). */
export class NotificationReceiptView {
  @ApiProperty() notificationId: string;
  @ApiProperty({ enum: ['posted', 'held-in-suspense', 'already-posted', 'ignored'] }) outcome: string;
  @ApiProperty() reason: string;
}
