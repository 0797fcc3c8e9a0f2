import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface DatabaseHealthReport {
  readonly status: 'up' | 'down';
  readonly latencyMs: number;
  readonly error?: string;
}

/** Can the service reach PostgreSQL as the application role, within a deadline? */
@Injectable()
export class DatabaseHealth {
  constructor(private readonly dataSource: DataSource) {}

  async check(deadlineMs = 2_000): Promise<DatabaseHealthReport> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${deadlineMs} ms`)), deadlineMs);
    });
    try {
      await Promise.race([this.dataSource.query('select 1'), deadline]);
      return { status: 'up', latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { status: 'down', latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }
}
