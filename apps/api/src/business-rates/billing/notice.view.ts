import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ChargeLineView } from '../estimate.view.js';

const NOTICE_KINDS = ['annual', 'demand', 'adjustment', 'migrated'] as const;
export const NoticeKindEnum = { annual: 'annual', demand: 'demand', adjustment: 'adjustment', migrated: 'migrated' } as const;
registerEnumType(NoticeKindEnum, {
  name: 'NoticeKind',
  description: 'annual: from a billing run; demand: a first notice outside one; adjustment: the differences after a change; migrated: a legacy system\'s notice carried over by a migration load.',
});

@ObjectType('NoticeLine', { description: 'A line of a demand notice: for an adjustment, the difference from what was billed before.' })
export class NoticeLineView extends ChargeLineView {
  @Field()
  @ApiProperty({ format: 'uuid' })
  liabilityId: string;
}

@ObjectType('Instalment')
export class InstalmentView {
  @Field()
  @ApiProperty()
  number: number;

  @Field()
  @ApiProperty({ example: '2024-05-01' })
  dueDate: string;

  @Field(() => GraphQLSafeInt)
  @ApiProperty()
  amountPence: number;
}

@ObjectType('NoticeWording', { description: "The council's words on a notice, from its policy in force on the notice's day." })
export class NoticeWordingView {
  @Field(() => String, { nullable: true }) @ApiPropertyOptional() heading?: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional() paymentInstructions?: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional() contactDetails?: string;
}

@ObjectType('Notice', { description: 'A demand notice (bill) for an account and financial year.' })
export class NoticeView {
  @Field(() => GraphQLSafeInt, { description: "The council's bill number." })
  @ApiProperty()
  billNumber: number;

  @Field()
  @ApiProperty({ example: '000000018' })
  accountReference: string;

  @Field()
  @ApiProperty({ example: '2024-25' })
  financialYear: string;

  @Field(() => NoticeKindEnum)
  @ApiProperty({ enum: NOTICE_KINDS })
  kind: (typeof NOTICE_KINDS)[number];

  @Field()
  @ApiProperty({ example: '2024-03-15' })
  issuedOn: string;

  @Field(() => GraphQLSafeInt, { description: 'The sum of the lines: what this notice adds to the account (negative: takes off).' })
  @ApiProperty()
  totalPence: number;

  @Field(() => GraphQLSafeInt, { description: "The year's whole charge on the facts as they stand when issued." })
  @ApiProperty()
  yearChargePence: number;

  @Field(() => GraphQLSafeInt, { description: 'Paid towards the year when issued.' })
  @ApiProperty()
  paidBeforePence: number;

  @Field(() => GraphQLSafeInt, {
    description: 'What earlier notices had made due by the day this one was issued: it stays due, not re-profiled. The instalments collect the year\'s charge beyond this and what was paid.',
  })
  @ApiProperty()
  dueBeforePence: number;

  @Field(() => [NoticeLineView])
  @ApiProperty({ type: [NoticeLineView] })
  lines: NoticeLineView[];

  @Field(() => [InstalmentView])
  @ApiProperty({ type: [InstalmentView] })
  instalments: InstalmentView[];

  @Field(() => NoticeWordingView, { nullable: true, description: 'When a notice is read back: the council’s heading, payment instructions and contact details.' })
  @ApiPropertyOptional({ type: NoticeWordingView })
  wording?: NoticeWordingView;
}

@ObjectType('IssueBillResult')
export class IssueBillResultView {
  @Field({ description: 'False when the facts give exactly what has been billed: nothing to issue.' })
  @ApiProperty()
  issued: boolean;

  @Field(() => NoticeView, { nullable: true })
  @ApiProperty({ type: NoticeView, nullable: true })
  notice: NoticeView | null;
}
