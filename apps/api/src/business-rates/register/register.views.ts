import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';
import { NoticeView } from '../billing/notice.view.js';

@ObjectType('RateableValue')
export class RateableValueView {
  @Field() @ApiProperty({ example: '2023-04-01' }) effectiveFrom: string;
  @Field(() => GraphQLSafeInt, { description: 'Whole pounds.' }) @ApiProperty({ description: 'Whole pounds.' }) rateableValue: number;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) reason: string | null;
}

@ObjectType('OccupationPeriod', { description: 'Occupied or empty from a day until the next period starts.' })
export class OccupationView {
  @Field() @ApiProperty() startsOn: string;
  @Field() @ApiProperty() occupied: boolean;
}

@ObjectType('ReliefAward')
export class ReliefAwardView {
  @Field() @ApiProperty() reliefAwardId: string;
  @Field() @ApiProperty() kind: string;
  @Field() @ApiProperty() startsOn: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) endsOn: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String }) percent?: string;
  @Field() @ApiProperty() evidence: string;
}

@ObjectType('Liability', { description: 'An account liable for a hereditament, as occupier or owner, from and to (inclusive).' })
export class LiabilityView {
  @Field() @ApiProperty() liabilityId: string;
  @Field() @ApiProperty() accountReference: string;
  @Field() @ApiProperty() hereditamentId: string;
  @Field() @ApiProperty({ enum: ['occupier', 'owner'] }) capacity: string;
  @Field() @ApiProperty() startsOn: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) endsOn: string | null;
}

@ObjectType('AccountLiability')
export class AccountLiabilityView extends LiabilityView {
  @Field(() => [ReliefAwardView]) @ApiProperty({ type: [ReliefAwardView] }) reliefs: ReliefAwardView[];
}

@ObjectType('HereditamentMatch', { description: 'A hereditament a search found.' })
export class HereditamentMatchView {
  @Field() @ApiProperty() hereditamentId: string;
  @Field() @ApiProperty() baReference: string;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) uarn: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) @ApiPropertyOptional({ type: Number, nullable: true }) uprn: number | null;
  @Field(() => [String]) @ApiProperty({ type: [String] }) addressLines: string[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) postcode: string | null;
  @Field() @ApiProperty() description: string;
}

@ObjectType('Hereditament', { description: 'A rated property.' })
export class HereditamentView extends HereditamentMatchView {
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) scatCode: string | null;
  @Field() @ApiProperty() propertyUse: string;
  @Field() @ApiProperty() listedBuilding: boolean;
  @Field(() => [RateableValueView]) @ApiProperty({ type: [RateableValueView] }) rateableValues: RateableValueView[];
  @Field(() => [OccupationView]) @ApiProperty({ type: [OccupationView] }) occupation: OccupationView[];
  @Field(() => [LiabilityView]) @ApiProperty({ type: [LiabilityView] }) liabilities: LiabilityView[];
}

@ObjectType('Contact', { description: "A ratepayer's email address, phone number or correspondence address." })
export class ContactView {
  @Field() @ApiProperty() contactId: string;
  @Field(() => String) @ApiProperty({ enum: ['email', 'phone', 'correspondence-address'] }) kind: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) phone: string | null;
  @Field(() => [String]) @ApiProperty({ type: [String] }) addressLines: string[];
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) postcode: string | null;
  @Field() @ApiProperty() preferred: boolean;
}

@ObjectType('Party', { description: 'A ratepayer.' })
export class PartyView {
  @Field() @ApiProperty() partyId: string;
  @Field() @ApiProperty({ enum: ['company', 'individual', 'charity', 'club'] }) kind: string;
  @Field() @ApiProperty() name: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) companyNumber: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) charityNumber: string | null;
  @Field() @ApiProperty() registeredCasc: boolean;
  @Field(() => [ContactView], { description: 'Preferred first.' }) @ApiProperty({ type: [ContactView] }) contacts: ContactView[];
}

@ObjectType('Account', { description: 'A business rates account, by the reference the ratepayer quotes.' })
export class AccountView {
  @Field() @ApiProperty({ example: '000000018' }) reference: string;
  @Field() @ApiProperty({ enum: [10, 12] }) instalmentPreference: number;
  @Field(() => PartyView) @ApiProperty({ type: PartyView }) party: PartyView;
  @Field(() => [AccountLiabilityView]) @ApiProperty({ type: [AccountLiabilityView] }) liabilities: AccountLiabilityView[];
}

@ObjectType('HereditamentChange', { description: 'A fact recorded, and the notices its recomputation issued.' })
export class HereditamentChangeView {
  @Field(() => HereditamentView) @ApiProperty({ type: HereditamentView }) hereditament: HereditamentView;
  @Field(() => [NoticeView]) @ApiProperty({ type: [NoticeView] }) notices: NoticeView[];
}

@ObjectType('LiabilityChange', { description: 'A liability started or ended, and the notices its recomputation issued.' })
export class LiabilityChangeView {
  @Field(() => LiabilityView) @ApiProperty({ type: LiabilityView }) liability: LiabilityView;
  @Field(() => [NoticeView]) @ApiProperty({ type: [NoticeView] }) notices: NoticeView[];
}

@ObjectType('ReliefAwarded')
export class ReliefAwardedView {
  @Field() @ApiProperty() reliefAwardId: string;
  @Field(() => [NoticeView]) @ApiProperty({ type: [NoticeView] }) notices: NoticeView[];
}

@ObjectType('ReliefEnded', { description: 'A relief award with its new end, and the notices its recomputation issued.' })
export class ReliefEndedView {
  @Field(() => ReliefAwardView) @ApiProperty({ type: ReliefAwardView }) reliefAward: ReliefAwardView;
  @Field(() => [NoticeView]) @ApiProperty({ type: [NoticeView] }) notices: NoticeView[];
}

@ObjectType('Note', { description: 'A note on an account, hereditament or ratepayer. Notes are never changed.' })
export class NoteView {
  @Field() @ApiProperty() noteId: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) accountReference: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) hereditamentId: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ type: String, nullable: true }) partyId: string | null;
  @Field() @ApiProperty() body: string;
  @Field({ description: "The writer's token subject." }) @ApiProperty() writtenBy: string;
  @Field() @ApiProperty() writtenAt: string;
}

@ObjectType('AccountMatch', { description: 'An account a search found.' })
export class AccountMatchView {
  @Field() @ApiProperty() reference: string;
  @Field() @ApiProperty() partyId: string;
  @Field() @ApiProperty() partyName: string;
}
