import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export const BillingRunStatusEnum = { pending: 'pending', running: 'running', completed: 'completed', failed: 'failed' } as const;
registerEnumType(BillingRunStatusEnum, {
  name: 'BillingRunStatus',
  description: 'pending: waiting for the worker; running: part way (carried on from its cursor if the worker stopped); failed: see failure, and request again to resume.',
});

@ObjectType('BillingRun', { description: "A council's annual billing for a financial year, and its progress." })
export class BillingRunView {
  @Field()
  @ApiProperty({ format: 'uuid' })
  billingRunId: string;

  @Field()
  @ApiProperty({ example: '2026-27' })
  financialYear: string;

  @Field({ description: 'The date the annual bills carry.' })
  @ApiProperty({ example: '2026-03-10' })
  issuedOn: string;

  @Field(() => BillingRunStatusEnum)
  @ApiProperty({ enum: Object.values(BillingRunStatusEnum) })
  status: string;

  @Field(() => Int, { description: 'Accounts liable during the year when the run was requested.' })
  @ApiProperty()
  accountsTotal: number;

  @Field(() => Int)
  @ApiProperty()
  accountsDone: number;

  @Field(() => Int)
  @ApiProperty()
  billsIssued: number;

  @Field(() => Int)
  @ApiProperty()
  instalmentsScheduled: number;

  @Field(() => String, { nullable: true, description: 'The last account reference claimed for billing: the run claims its next chunk after it (chunks before it may still be being billed).' })
  @ApiPropertyOptional({ nullable: true, example: '000000018' })
  cursorReference: string | null;

  @Field()
  @ApiProperty()
  requestedBy: string;

  @Field()
  @ApiProperty({ format: 'date-time' })
  requestedAt: string;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ nullable: true, format: 'date-time' })
  startedAt: string | null;

  @Field(() => String, { nullable: true })
  @ApiPropertyOptional({ nullable: true, format: 'date-time' })
  finishedAt: string | null;

  @Field(() => String, { nullable: true, description: 'Why the run stopped, when it failed.' })
  @ApiPropertyOptional({ nullable: true })
  failure: string | null;
}
