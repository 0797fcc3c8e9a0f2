import { Field, ObjectType } from '@nestjs/graphql';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('MigrationSourceFile', { description: 'A file a load read, with its checksum: the evidence a load can be proved against.' })
export class MigrationSourceFileView {
  @Field({ description: "The profile's name for the source." }) @ApiProperty({ example: 'accounts' }) source: string;
  @Field() @ApiProperty({ example: 'nndr_account.csv' }) file: string;
  @Field() @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' }) sha256: string;
  @Field(() => GraphQLSafeInt) @ApiProperty() bytes: number;
}

@ObjectType('MigrationLoad', { description: 'One load of a legacy extract into the council: who ran it, when, from which files, and how far it got.' })
export class MigrationLoadView {
  @Field() @ApiProperty({ format: 'uuid' }) loadId: string;
  @Field() @ApiProperty({ example: 'academy-business-rates' }) profileName: string;
  @Field() @ApiProperty({ example: '1' }) profileVersion: string;
  @Field() @ApiProperty() profileSha256: string;
  @Field(() => [MigrationSourceFileView]) @ApiProperty({ type: [MigrationSourceFileView] }) sourceFiles: MigrationSourceFileView[];
  @Field({ description: 'staging: reading the files; staged: checked, nothing live yet; loading; loaded.' })
  @ApiProperty({ enum: ['staging', 'staged', 'loading', 'loaded'] })
  status: string;
  @Field({ description: 'Who ran it (a user or service id, as the audit trail records it).' }) @ApiProperty() startedBy: string;
  @Field() @ApiProperty({ format: 'date-time' }) startedAt: string;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date-time', nullable: true }) stagedAt: string | null;
  @Field(() => String, { nullable: true }) @ApiPropertyOptional({ format: 'date-time', nullable: true }) loadedAt: string | null;
}
