import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkOfficerDecision, decideApplication } from '../domain/grant-application.js';
import { GrantStore, type GrantApplicationRecord } from './grant-store.port.js';
import { MAY_DECIDE } from './permissions.js';

/** An officer approves or refuses an application the triage held for one, with a reason (audited). */
export class DecideGrantApplicationCommand {
  constructor(
    readonly actor: Actor,
    readonly reference: string,
    readonly decision: string,
    readonly reason: string,
  ) {}
}

@CommandHandler(DecideGrantApplicationCommand)
export class DecideGrantApplicationHandler implements ICommandHandler<DecideGrantApplicationCommand> {
  constructor(
    private readonly store: GrantStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, reference, decision, reason }: DecideGrantApplicationCommand): Promise<GrantApplicationRecord> {
    requireAnyRole(actor, MAY_DECIDE, 'deciding a grant application');
    const councilId = requireCouncil(actor);
    const checked = checkOfficerDecision(decision, reason);
    const on = this.clock.today();
    const decided = await this.store.decide(actor, councilId, reference, (application) =>
      decideApplication(application, { kind: checked.kind, reason: checked.reason, officer: actor.subject, on }), checked.reason);
    if (!decided) throw new NotFoundError('grant application', reference);
    return decided;
  }
}
