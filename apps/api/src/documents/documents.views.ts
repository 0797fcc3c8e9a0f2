import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLJSONObject } from 'graphql-scalars';
import { DOCUMENT_KINDS } from '../../../../libs/documents/src/index.js';

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
  @Field(() => Int) @ApiProperty() billNumber: number;
  @Field({ description: 'email or letter' }) @ApiProperty({ enum: ['email', 'letter'] }) channel: string;
  @Field({ description: 'govuk-notify or local-sink' }) @ApiProperty({ enum: ['govuk-notify', 'local-sink'] }) provider: string;
  @Field({ description: 'The email address, or the letter’s addressee and postcode.' }) @ApiProperty() recipient: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) templateId: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) @ApiPropertyOptional({ type: Object, nullable: true }) personalisation: Record<string, string> | null;
  @Field(() => String, { nullable: true, description: 'The letter’s stored PDF.' }) @ApiPropertyOptional({ type: String, nullable: true }) documentId: string | null;
  @Field({ description: 'sending, accepted or failed' }) @ApiProperty({ enum: ['sending', 'accepted', 'failed'] }) status: string;
  @Field(() => String, { nullable: true, description: "The provider's id for it." }) @ApiPropertyOptional({ type: String, nullable: true }) providerNotificationId: string | null;
  @Field(() => String, { nullable: true, description: "Why it failed, in the provider's words." }) @ApiPropertyOptional({ type: String, nullable: true }) failure: string | null;
  @Field() @ApiProperty() createdAt: string;
  @Field() @ApiProperty() createdBy: string;
}
