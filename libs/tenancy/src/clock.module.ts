import { type DynamicModule, Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '../../kernel/src/index.js';

/** Provides the clock every use case reads: the system's, or one a scenario moves. */
@Global()
@Module({})
export class ClockModule {
  static using(clock: Clock = new SystemClock()): DynamicModule {
    return { module: ClockModule, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
