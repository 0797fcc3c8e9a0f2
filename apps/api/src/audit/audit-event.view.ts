import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { AuditEvent } from '../../../../libs/audit/src/index.js';

@ObjectType('AuditEvent', { description: 'One change of council data: who, when, why, before and after.' })
export class AuditEventView implements AuditEvent {
  @Field(() => ID)
  @ApiProperty()
  id: string;

  @Field()
  @ApiProperty()
  occurredAt: Date;

  @Field({ description: "The acting token's subject." })
  @ApiProperty()
  actor: string;

  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true })
  reason: string | null;

  @Field()
  @ApiProperty({ example: 'councils' })
  tableName: string;

  @Field()
  @ApiProperty({ enum: ['INSERT', 'UPDATE', 'DELETE'] })
  operation: 'INSERT' | 'UPDATE' | 'DELETE';

  @Field(() => GraphQLJSONObject)
  @ApiProperty({ type: 'object', additionalProperties: true })
  rowKey: Record<string, unknown>;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  after: Record<string, unknown> | null;
}
