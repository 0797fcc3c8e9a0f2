import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DELIVERY_STATUSES, DOCUMENT_KINDS } from '../../../../libs/documents/src/index.js';

@ObjectType('Document')
export class DocumentView {
  @Field() @ApiProperty() documentId: string;
  @Field({ description: DOCUMENT_KINDS.join(', ') }) @ApiProperty({ enum: DOCUMENT_KINDS }) kind: string;
  @Field() @ApiProperty({ example: '000000125' }) accountReference: string;
  @Field(() => Int, { nullable: true, description: 'The notice it renders (demand notices).' }) @ApiPropertyOptional({ type: Number, nullable: true }) billNumber: number | null;
  @Field(() => String, { nullable: true, description: 'The recovery stage it renders (reminders and final notices).' }) @ApiPropertyOptional({ type: String, nullable: true }) recoveryStageId: string | null;
  @Field() @ApiProperty({ example: 'application/pdf' }) mediaType: string;
  @Field(() => Int) @ApiProperty() sizeBytes: number;
  @Field({ description: 'Hex SHA-256 of the bytes.' }) @ApiProperty() sha256: string;
  @Field({ description: 'The template (and explanatory notes) version it was rendered with.' }) @ApiProperty() templateVersion: string;
  @Field() @ApiProperty() createdAt: string;
  @Field({ description: 'Who generated it (the token subject).' }) @ApiProperty() createdBy: string;
  @Field({ description: 'The REST path to download the bytes from (GET, with a bearer token).' }) @ApiProperty({ example: '/v1/documents/0b6c…' }) downloadPath: string;
}

@ObjectType('GeneratedDocument')
export class GeneratedDocumentView {
  @Field(() => DocumentView) @ApiProperty({ type: DocumentView }) document: DocumentView;
  @Field({ description: 'False when the notice already had a document: the stored one is returned.' }) @ApiProperty() created: boolean;
}

@ObjectType('Notification')
export class NotificationView {
  @Field({ description: 'Also the reference sent to the provider.' }) @ApiProperty() notificationId: string;
  @Field() @ApiProperty() accountReference: string;
  @Field({ description: DOCUMENT_KINDS.join(', ') }) @ApiProperty({ enum: DOCUMENT_KINDS }) noticeKind: string;
  @Field(() => Int, { nullable: true, description: 'The notice sent (demand notices).' }) @ApiPropertyOptional({ type: Number, nullable: true }) billNumber: number | null;
  @Field(() => String, { nullable: true, description: 'The recovery stage sent (reminders and final notices).' }) @ApiPropertyOptional({ type: String, nullable: true }) recoveryStageId: string | null;
  @Field(() => String, { nullable: true, description: 'The idempotency key it was sent with: the same key again returns this notification.' }) @ApiPropertyOptional({ type: String, nullable: true }) idempotencyKey: string | null;
  @Field({ description: 'email or letter' }) @ApiProperty({ enum: ['email', 'letter'] }) channel: string;
  @Field({ description: 'govuk-notify or local-sink' }) @ApiProperty({ enum: ['govuk-notify', 'local-sink'] }) provider: string;
  @Field({ description: 'The email address, or the letter’s addressee and postcode.' }) @ApiProperty() recipient: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) templateId: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @ApiPropertyOptional({ type: Object, nullable: true }) personalisation: Record<string, string> | null;
  @Field(() => String, { nullable: true, description: 'The letter’s stored PDF.' }) @ApiPropertyOptional({ type: String, nullable: true }) documentId: string | null;
  @Field({ description: 'sending, accepted or failed' }) @ApiProperty({ enum: ['sending', 'accepted', 'failed'] }) status: string;
  @Field(() => String, { nullable: true, description: "The provider's id for it." }) @ApiPropertyOptional({ type: String, nullable: true }) providerNotificationId: string | null;
  @Field(() => String, { nullable: true, description: "Why it failed, in the provider's words." }) @ApiPropertyOptional({ type: String, nullable: true }) failure: string | null;
  @Field(() => String, { nullable: true, description: `What GOV.UK Notify's delivery receipts last said: ${DELIVERY_STATUSES.join(', ')}.` })
  @ApiPropertyOptional({ type: String, nullable: true, enum: DELIVERY_STATUSES }) deliveryStatus: string | null;
  @Field(() => String, { nullable: true, description: 'When Notify sent it, per its receipt.' }) @ApiPropertyOptional({ type: String, nullable: true }) sentAt: string | null;
  @Field(() => String, { nullable: true, description: 'When it was delivered or finally failed, per its receipt.' }) @ApiPropertyOptional({ type: String, nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true, description: 'When the last receipt that changed it arrived.' }) @ApiPropertyOptional({ type: String, nullable: true }) receiptAt: string | null;
  @Field() @ApiProperty() createdAt: string;
  @Field() @ApiProperty() createdBy: string;
}

@ObjectType('NotifyCallbackToken', { description: 'The GOV.UK Notify callback token was set; the token itself is never shown.' })
export class NotifyCallbackTokenView {
  @Field() @ApiProperty() setAt: string;
  @Field({ description: 'Who set it (the token subject).' }) @ApiProperty() setBy: string;
}

/** GOV.UK Notify's delivery receipt, as it posts it (for the OpenAPI document; the handler checks each field). */
export class DeliveryReceiptBody {
  @ApiProperty({ description: "Notify's notification id" }) id: string;
  @ApiPropertyOptional({ description: 'Our reference: the notification id' }) reference?: string;
  @ApiPropertyOptional() to?: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: string;
  @ApiPropertyOptional() created_at?: string;
  @ApiPropertyOptional({ nullable: true }) completed_at?: string | null;
  @ApiPropertyOptional({ nullable: true }) sent_at?: string | null;
  @ApiPropertyOptional({ enum: ['email', 'sms', 'letter'] }) notification_type?: string;
}

export class ReceiptAcknowledgement {
  @ApiProperty({ enum: ['applied', 'unchanged', 'unknown-notification'], description: 'unknown-notification: acknowledged and logged, nothing changed' }) outcome: string;
}
