import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLJSONObject } from 'graphql-scalars';
import { COUNCIL_EVENT_TYPES, DELIVERY_STATUSES } from '../../../../libs/events/src/index.js';

@ObjectType('CouncilEvent')
export class CouncilEventView {
  @Field() @ApiProperty({ format: 'uuid' }) eventId: string;
  @Field({ description: COUNCIL_EVENT_TYPES.join(', ') }) @ApiProperty({ enum: COUNCIL_EVENT_TYPES }) type: string;
  @Field(() => Int, { description: "The payload's version for its type." }) @ApiProperty({ example: 1 }) schemaVersion: number;
  @Field() @ApiProperty({ example: '2026-12-03T07:00:00.000Z' }) occurredAt: string;
  @Field({ description: 'The account reference the event is about.' }) @ApiProperty({ example: '000000018' }) subject: string;
  @Field(() => GraphQLJSONObject, { description: 'As delivered in `data`: see docs/integrations/events-and-webhooks.md.' })
  @ApiProperty({ type: 'object', additionalProperties: true }) payload: Record<string, unknown>;
}

@ObjectType('WebhookSubscription')
export class WebhookSubscriptionView {
  @Field() @ApiProperty({ format: 'uuid' }) subscriptionId: string;
  @Field() @ApiProperty({ example: 'https://crm.example.gov.uk/hooks/rates' }) endpointUrl: string;
  @Field(() => [String]) @ApiProperty({ enum: COUNCIL_EVENT_TYPES, isArray: true }) eventTypes: string[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) description: string | null;
  @Field() @ApiProperty() active: boolean;
  @Field({ description: "The manager's subject, as the audit trail has it." }) @ApiProperty() createdBy: string;
  @Field() @ApiProperty() createdAt: string;
}

@ObjectType('CreatedWebhookSubscription')
export class CreatedWebhookSubscriptionView {
  @Field(() => WebhookSubscriptionView) @ApiProperty({ type: WebhookSubscriptionView }) subscription: WebhookSubscriptionView;
  @Field({ description: 'The key for checking signatures. Shown this once: keep it in the receiving system; it cannot be read again.' })
  @ApiProperty({ example: 'whsec_k3J9...' }) signingSecret: string;
}

@ObjectType('WebhookDelivery')
export class WebhookDeliveryView {
  @Field({ description: 'Sent as Revenues-Webhook-Id.' }) @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @Field() @ApiProperty({ format: 'uuid' }) eventId: string;
  @Field() @ApiProperty({ enum: COUNCIL_EVENT_TYPES }) eventType: string;
  @Field() @ApiProperty({ format: 'uuid' }) subscriptionId: string;
  @Field({ description: DELIVERY_STATUSES.join(', ') }) @ApiProperty({ enum: DELIVERY_STATUSES }) status: string;
  @Field(() => Int) @ApiProperty() attempts: number;
  @Field(() => String, { nullable: true, description: 'When the next attempt is due; null once delivered or dead.' }) @ApiPropertyOptional({ type: String, nullable: true }) nextAttemptAt: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) lastAttemptAt: string | null;
  @Field(() => Int, { nullable: true, description: "The receiver's HTTP status at the last attempt." }) @ApiPropertyOptional({ type: Number, nullable: true }) lastStatusCode: number | null;
  @Field(() => String, { nullable: true, description: 'Why the last attempt got no answer (a timeout, a refused connection).' }) @ApiPropertyOptional({ type: String, nullable: true }) lastError: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) deliveredAt: string | null;
  @Field({ description: 'Made by a replay.' }) @ApiProperty() replay: boolean;
  @Field() @ApiProperty() createdAt: string;
}
