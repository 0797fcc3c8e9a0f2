import { Module } from '@nestjs/common';

/** The GraphQL and REST adapters for business rates register. */
@Module({})
export class RegisterApiModule {}
