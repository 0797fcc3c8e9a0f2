import { describe, expect, it } from '@jest/globals';
import type { CommandBus } from '@nestjs/cqrs';
import fc from 'fast-check';
import type { RecordPaymentCommand, RecordedPayment } from '../../../business-rates/src/index.js';
import { SettableClock } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import { ImportPaymentFileHandler, ImportPaymentFileCommand } from './import-payment-file.js';
import { PaymentsInStore, type LineToPost, type NewPaymentImport, type PaymentImportRecord } from './payments-in-store.port.js';

const ACTOR: Actor = { subject: 'importer', roles: ['integration'], councilId: 'council-1' };
const HEADER = 'Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel';

/** The import store's part of the port, in memory: a batch of lines in order, all or nothing, as the real one does. */
class InMemoryImports {
  readonly byId = new Map<string, PaymentImportRecord>();
  findImport = async (_a: Actor, _c: string, format: string, sha: string) => [...this.byId.values()].find((each) => each.format === format && each.fileSha256 === sha) ?? null;
  findImportById = async (_a: Actor, _c: string, id: string) => this.byId.get(id) ?? null;
  startImport = async (_a: Actor, _c: string, started: NewPaymentImport) => {
    const record: PaymentImportRecord = {
      ...started, importId: `import-${this.byId.size + 1}`, linesDone: 0, postedCount: 0, postedPence: 0, suspenseCount: 0, suspensePence: 0,
      alreadyPostedCount: 0, alreadyPostedPence: 0, startedBy: 'importer', startedAt: 'now', completedAt: null,
    };
    this.byId.set(record.importId, record);
    return record;
  };
  /** The core's payments, to undo with a batch that fails: the real store's transaction undoes both. */
  constructor(private readonly core: FakeCore) {}

  postLines = async (_a: Actor, _c: string, id: string, lines: readonly LineToPost[]) => {
    let record = this.byId.get(id) as PaymentImportRecord;
    const postedBefore = new Map(this.core.posted);
    try {
      for (const line of lines.filter((each) => each.position > record.linesDone)) {
        const counted = ({ posted: ['postedCount', 'postedPence'], 'held-in-suspense': ['suspenseCount', 'suspensePence'], 'already-posted': ['alreadyPostedCount', 'alreadyPostedPence'] } as const)[await line.post()];
        const linesDone = record.linesDone + 1;
        record = {
          ...record, linesDone, [counted[0]]: record[counted[0]] + 1, [counted[1]]: record[counted[1]] + line.amountPence,
          completedAt: linesDone === record.lineCount ? 'now' : null,
        };
      }
    } catch (error) {
      this.core.posted = postedBefore;
      throw error;
    }
    this.byId.set(id, record);
  };
}

/** The core's RecordPaymentCommand, in memory: once per key, suspense for what is not an account reference; may fail on one call. */
class FakeCore {
  posted = new Map<string, number>();
  failOnCall: number | null = null;
  private calls = 0;

  execute = async (command: RecordPaymentCommand): Promise<RecordedPayment> => {
    this.calls += 1;
    if (this.calls === this.failOnCall) throw new Error('the process stopped');
    const key = command.payment.idempotencyKey as string;
    const replayed = this.posted.has(key);
    if (!replayed) this.posted.set(key, command.payment.amountPence);
    const accountReference = /^[0-9]{9}$/.test(command.payment.accountReference) ? command.payment.accountReference : null;
    return { replayed, payment: { accountReference } } as unknown as RecordedPayment;
  };
}

/** Pence written as pounds, by integer arithmetic. */
const poundsOf = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

const line = fc.record({
  pence: fc.integer({ min: 1, max: 10_000_000 }),
  reference: fc.oneof(fc.constantFrom('000000018', '000000026'), fc.constantFrom('UNKNOWN REF', 'rates')),
  postedBefore: fc.boolean(),
});

describe('a payment file import reconciles', () => {
  // Up to 450 lines: more than two transactions' worth, so a stop can fall in any batch.
  it('sum of lines = posted + held in suspense + already posted, even when stopped half-way and run again', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 450 }), fc.nat(500), async (lines, stopAt) => {
      const core = new FakeCore();
      const imports = new InMemoryImports(core);
      for (const [index, each] of lines.entries()) if (each.postedBefore) core.posted.set(`allpay:AP${index}`, each.pence);
      const handler = new ImportPaymentFileHandler(imports as unknown as PaymentsInStore, core as unknown as CommandBus, SettableClock.on('2026-04-10'));
      const content = [HEADER, ...lines.map((each, index) => `AP${index},ORV,2026-04-01,${each.reference},${poundsOf(each.pence)},PAYPOINT`)].join('\n');
      const command = new ImportPaymentFileCommand(ACTOR, 'allpay', 'daily.csv', content);

      core.failOnCall = stopAt + 1;
      const first = await handler.execute(command).catch(() => null);
      core.failOnCall = null;
      const { import: done } = first ?? await handler.execute(command);

      const total = lines.reduce((sum, each) => sum + each.pence, 0);
      expect(done.totalPence).toBe(total);
      expect(done.postedPence + done.suspensePence + done.alreadyPostedPence).toBe(total);
      expect(done.postedCount + done.suspenseCount + done.alreadyPostedCount).toBe(lines.length);
      expect(done.alreadyPostedPence).toBe(lines.filter((each) => each.postedBefore).reduce((sum, each) => sum + each.pence, 0));
      expect(done.completedAt).not.toBeNull();
      // Every line posted exactly once in all; the same file again posts nothing new.
      expect(core.posted.size).toBe(lines.length);
      const again = await handler.execute(command);
      expect(again).toEqual({ import: done, alreadyImported: true });
    }), { numRuns: 50 });
  });

  it('posts nothing from a file with a bad line', async () => {
    const core = new FakeCore();
    const imports = new InMemoryImports(core);
    const handler = new ImportPaymentFileHandler(imports as unknown as PaymentsInStore, core as unknown as CommandBus, SettableClock.on('2026-04-10'));
    const content = [HEADER, 'AP1,ORV,2026-04-01,000000018,1.00,PAYPOINT', 'AP2,ORV,2026-04-01,000000018,one pound,PAYPOINT'].join('\n');
    await expect(handler.execute(new ImportPaymentFileCommand(ACTOR, 'allpay', 'bad.csv', content))).rejects.toMatchObject({ field: 'line 3 Amount' });
    expect(core.posted.size).toBe(0);
    expect(imports.byId.size).toBe(0);
  });
});
