import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiProperty } from '@nestjs/swagger';
import { COUNCIL_STATUSES, type Council, type CouncilStatus } from '../../../../libs/councils/src/index.js';

export const CouncilStatusEnum = Object.fromEntries(COUNCIL_STATUSES.map((status) => [status, status])) as Record<
  CouncilStatus,
  CouncilStatus
>;
registerEnumType(CouncilStatusEnum, { name: 'CouncilStatus', description: 'Whether the council may use the service.' });

/** A council as both APIs show it. */
@ObjectType('Council', { description: 'A billing authority using the service: a tenant.' })
export class CouncilView implements Council {
  @Field(() => ID)
  @ApiProperty({ format: 'uuid' })
  id: string;

  @Field({ description: 'Short stable code used in tokens, e.g. sedgemoor.' })
  @ApiProperty({ example: 'sedgemoor' })
  code: string;

  @Field()
  @ApiProperty({ example: 'Sedgemoor District Council' })
  name: string;

  @Field(() => String, { nullable: true, description: 'ONS local authority code.' })
  @ApiProperty({ type: String, nullable: true, example: 'E07000188' })
  onsCode: string | null;

  @Field(() => CouncilStatusEnum)
  @ApiProperty({ enum: COUNCIL_STATUSES })
  status: CouncilStatus;

  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true })
  contactPhone: string | null;

  @Field(() => String, { nullable: true })
  @ApiProperty({ type: String, nullable: true })
  website: string | null;

  @Field()
  @ApiProperty()
  createdAt: Date;

  @Field()
  @ApiProperty()
  updatedAt: Date;
}
