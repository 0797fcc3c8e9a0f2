import { CommandHandler, CommandBus, type ICommandHandler } from '@nestjs/cqrs';
import { RecordPaymentCommand, type RecordedPayment } from '../../../business-rates/src/index.js';
import { Clock, ConflictError, DomainError, InvalidInputError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { idempotencyKeyFor, type PaymentFile, type PaymentLine } from '../domain/payment-files/payment-file.js';
import { readPaymentFile } from '../domain/payment-files/read-payment-file.js';
import { MAY_IMPORT_PAYMENTS } from './permissions.js';
import { outcomeOf } from './posting-outcome.js';
import { PaymentsInStore, type LineToPost, type PaymentImportRecord } from './payments-in-store.port.js';

/**
 * Lines posted (and counted) in one transaction: one commit per line costs more than the posting
 * itself (bench:payments-import); a few hundred keep a transaction, and the account locks it holds,
 * well under a second.
 */
const LINES_PER_TRANSACTION = 200;

/** A payment file to import: its format, its name as received, and its text. */
export class ImportPaymentFileCommand {
  constructor(
    readonly actor: Actor,
    readonly format: string,
    readonly fileName: string,
    readonly content: string,
    readonly reason?: string,
  ) {}
}

export interface PaymentFileImported {
  readonly import: PaymentImportRecord;
  /** True when this file had been imported in full before: nothing new was posted. */
  readonly alreadyImported: boolean;
}

/**
 * Checks the whole file first (any bad line: nothing posted, the error names the line), then posts
 * each line through the core's RecordPaymentCommand under a key from the line itself, counting
 * each line in the transaction that posts it. The same file again posts nothing; a file stopped
 * half-way carries on from where it stopped.
 */
@CommandHandler(ImportPaymentFileCommand)
export class ImportPaymentFileHandler implements ICommandHandler<ImportPaymentFileCommand> {
  constructor(
    private readonly store: PaymentsInStore,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, format, fileName, content, reason }: ImportPaymentFileCommand): Promise<PaymentFileImported> {
    requireAnyRole(actor, MAY_IMPORT_PAYMENTS, 'importing a payment file');
    const councilId = requireCouncil(actor);
    if (typeof fileName !== 'string' || fileName.length < 1 || fileName.length > 255) throw new InvalidInputError('fileName', 'must be the file\'s name, 1 to 255 characters');
    if (reason !== undefined && (reason.length < 1 || reason.length > 500)) throw new InvalidInputError('reason', 'must be 1 to 500 characters');
    const file = readPaymentFile(format, content, this.clock.today());
    const why = reason ?? `payment file ${fileName} (${file.format})`;
    const earlier = await this.store.findImport(actor, councilId, file.format, file.sha256);
    if (earlier?.completedAt) return { import: earlier, alreadyImported: true };
    const started = earlier ?? await this.start(actor, councilId, file, fileName, why);
    const lines: LineToPost[] = file.lines.map((line, index) => ({ position: index + 1, amountPence: line.amountPence, post: () => this.post(actor, file, line, why) }));
    for (let first = 0; first < lines.length; first += LINES_PER_TRANSACTION) {
      await this.postBatch(actor, councilId, started.importId, lines.slice(first, first + LINES_PER_TRANSACTION), why);
    }
    return { import: (await this.store.findImportById(actor, councilId, started.importId)) as PaymentImportRecord, alreadyImported: false };
  }

  /**
   * A batch refused at one line (its key already used by a different payment) is undone whole; posted
   * again a line at a time, the lines before that one stay posted and the error names it as before.
   */
  private async postBatch(actor: Actor, councilId: string, importId: string, batch: LineToPost[], reason: string): Promise<void> {
    try {
      await this.store.postLines(actor, councilId, importId, batch, reason);
    } catch (error) {
      if (!(error instanceof DomainError) || batch.length === 1) throw error;
      for (const line of batch) await this.store.postLines(actor, councilId, importId, [line], reason);
    }
  }

  private async start(actor: Actor, councilId: string, file: PaymentFile, fileName: string, reason: string): Promise<PaymentImportRecord> {
    const started = { format: file.format, fileName, fileSha256: file.sha256, lineCount: file.lines.length, totalPence: file.totalPence };
    try {
      return await this.store.startImport(actor, councilId, started, reason);
    } catch (error) {
      // The same file sent twice at once: the other request started it, and this one helps finish it.
      const winner = error instanceof ConflictError ? await this.store.findImport(actor, councilId, file.format, file.sha256) : null;
      if (winner) return winner;
      throw error;
    }
  }

  private async post(actor: Actor, file: PaymentFile, line: PaymentLine, reason: string) {
    const idempotencyKey = idempotencyKeyFor(file, line);
    let recorded: RecordedPayment;
    try {
      recorded = await this.commands.execute(new RecordPaymentCommand(actor, {
        amountPence: line.amountPence, receivedOn: line.receivedOn, method: line.method, accountReference: line.accountReference, idempotencyKey,
      }, reason));
    } catch (error) {
      if (error instanceof DomainError) {
        throw new ConflictError(`line ${line.lineNumber} (key ${idempotencyKey}): ${error.message} (lines before it are posted; import the file again once it is put right)`, `line ${line.lineNumber}`);
      }
      throw error;
    }
    return outcomeOf(recorded);
  }
}
