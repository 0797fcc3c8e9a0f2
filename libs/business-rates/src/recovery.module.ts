import { Module } from '@nestjs/common';

/** Business rates recovery: its handlers and their persistence. */
@Module({})
export class RecoveryModule {}
