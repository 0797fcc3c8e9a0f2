import { Module } from '@nestjs/common';

/** Business rates register: its handlers and their persistence. */
@Module({})
export class RegisterModule {}
