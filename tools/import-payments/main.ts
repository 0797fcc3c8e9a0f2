import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ResolveTokenCouncilQuery } from '../../libs/councils/src/index.js';
import { prepareDatabase } from '../../libs/database/src/index.js';
import { DomainError, InvalidInputError } from '../../libs/kernel/src/index.js';
import { ImportPaymentFileCommand, PAYMENT_FILE_FORMATS, type PaymentFileImported } from '../../libs/payments-in/src/index.js';
import type { Actor } from '../../libs/tenancy/src/index.js';
import { ImportPaymentsModule } from './import-payments.module.js';

/** Exit codes a council's scheduled job can act on. */
const EXIT = { done: 0, failed: 1, badFile: 2, usage: 64 } as const;

export const USAGE = `Usage: npm run import-payments -- <file> --council <code> --format <${PAYMENT_FILE_FORMATS.join('|')}> [--as <name>] [--reason <text>]

Imports a payment file into a council's business-rates accounts: checked whole (a bad line and
nothing is posted), then each line posted once. The same file again posts nothing; a run stopped
half-way finishes when run again. Prints the import's totals as JSON.
Exit codes: 0 imported (or already imported), 2 the file was refused, 1 failed, 64 usage.
`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { council: { type: 'string' }, format: { type: 'string' }, as: { type: 'string' }, reason: { type: 'string' } } });
    if (parsed.positionals.length !== 1 || !parsed.values.council || !parsed.values.format) throw new Error('give one file, --council and --format');
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const { council: code, format, as, reason } = parsed.values as { council: string; format: string; as?: string; reason?: string };
  const file = parsed.positionals[0];
  const content = await readFile(file, 'utf8');
  const database = await prepareDatabase();
  const app = await NestFactory.createApplicationContext(ImportPaymentsModule.forRoot(database.appUrl), { logger: ['error', 'warn'] });
  try {
    const council = await app.get(QueryBus).execute(new ResolveTokenCouncilQuery(code));
    if (!council) throw new InvalidInputError('--council', `no council "${code}" on this database`);
    const actor: Actor = { subject: `import-payments-cli:${as ?? userInfo().username}`, roles: ['integration'], councilId: council.councilId };
    const imported: PaymentFileImported = await app.get(CommandBus).execute(new ImportPaymentFileCommand(actor, format, path.basename(file), content, reason));
    process.stdout.write(`${JSON.stringify(imported, null, 2)}\n`);
    return EXIT.done;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    process.stderr.write(`import refused: ${error.message}\n`);
    return error instanceof InvalidInputError ? EXIT.badFile : EXIT.failed;
  } finally {
    await app.close();
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`import-payments failed: ${(error as Error).stack ?? error}\n`);
    process.exit(EXIT.failed);
  },
);
