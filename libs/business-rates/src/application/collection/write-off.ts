import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ForbiddenError, formatPence, InvalidInputError, isPence } from '../../../../kernel/src/index.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { hasAnyRole, requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { MAY_MANAGE } from '../permissions.js';
import { CollectionStore } from './collection-store.port.js';

/** Writes off unpaid rates for a year (irrecoverable, under the council's write-off policy). Costs are not written off here. */
export class WriteOffCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly financialYear: string,
    readonly amountPence: number,
    readonly reason: string,
  ) {}
}

@CommandHandler(WriteOffCommand)
export class WriteOffHandler implements ICommandHandler<WriteOffCommand> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
    private readonly policies: CouncilPolicies,
  ) {}

  /** A revenues manager may write off any sum (null: no limit); an officer only up to the limit the council's policy sets, if it sets one. */
  private async officerLimit(actor: Actor, councilId: string): Promise<number | null> {
    if (hasAnyRole(actor, MAY_MANAGE)) return null;
    const limit = (await this.policies.inForce(actor, councilId, this.clock.today())).writeOffs()?.officerLimitPence;
    if (limit === undefined) throw new ForbiddenError('writing off debt needs one of the roles: revenues-manager (the council sets no limit for officers)');
    return limit;
  }

  async execute({ actor, accountReference, financialYear: label, amountPence, reason }: WriteOffCommand): Promise<{ writeOffId: string }> {
    const councilId = requireCouncil(actor);
    requireAnyRole(actor, ['revenues-officer', ...MAY_MANAGE], 'writing off debt');
    const reference = checkAccountReference(accountReference);
    const year = financialYear(label).label;
    if (!isPence(amountPence) || amountPence <= 0) throw new InvalidInputError('amountPence', 'must be a whole number of pence above nothing');
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 500) throw new InvalidInputError('reason', 'must say why (1 to 500 characters)');
    const officerLimit = await this.officerLimit(actor, councilId);
    const writeOffId = randomUUID();
    await this.store.inAccount(actor, councilId, { reference }, async (book) => {
      if (officerLimit !== null) {
        // The limit is for an account's year, however many write-offs it is split into.
        const already = await book.writtenOff(year);
        if (already + amountPence > officerLimit) {
          throw new ForbiddenError(`an officer may write off up to ${formatPence(officerLimit)} of an account's year under the council's policy (${formatPence(already)} already written off); more needs a revenues manager`);
        }
      }
      const rates = (await book.debts()).find((debt) => debt.financialYear === year && debt.target === 'rates');
      const paid = (await book.payments()).flatMap((payment) => payment.allocated).filter((each) => each.financialYear === year && each.target === 'rates').reduce((sum, each) => sum + each.amountPence, 0);
      const outstanding = (rates?.chargedPence ?? 0) - paid;
      if (amountPence > outstanding) throw new InvalidInputError('amountPence', `is more than the ${formatPence(Math.max(0, outstanding))} of ${year} rates unpaid`);
      await book.writeOff(writeOffId, year, amountPence, this.clock.today(), reason);
    }, reason);
    return { writeOffId };
  }
}
