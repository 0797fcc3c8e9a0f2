import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ConflictError } from '../../../kernel/src/index.js';
import { CouncilPolicies } from '../../../policy-host/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { namesMatch } from '../domain/applicant-name.js';
import { checkOptionalReason, triage } from '../domain/grant-application.js';
import { checkGrantApplicationRequest, checkIdempotencyKey, isSameRequest, type GrantApplicationRequest } from '../domain/grant-application-request.js';
import { schemeOpenFor } from '../domain/grant-scheme.js';
import { GrantStore, type GrantApplicationRecord } from './grant-store.port.js';
import { MAY_APPLY } from './permissions.js';

/** The fields of an application as sent; checked by the use case. */
export interface GrantApplicationInput {
  readonly schemeId: string;
  readonly accountReference: string;
  readonly applicantName: string;
  readonly payeeSortCode: string;
  readonly payeeAccountNumber: string;
}

/**
 * An application to a grant scheme open today. The scheme (the council's plugin) assesses it on the
 * council's own records; not eligible is refused at once, green approved for the next payment run,
 * amber and red held for an officer. Made once however often it is sent with the same key.
 */
export class ApplyForGrantCommand {
  constructor(
    readonly actor: Actor,
    readonly application: GrantApplicationInput,
    readonly idempotencyKey?: string,
    readonly reason?: string,
  ) {}
}

export interface AppliedGrant {
  readonly application: GrantApplicationRecord;
  /** True when this request repeated one already made: nothing new was recorded. */
  readonly replayed: boolean;
}

@CommandHandler(ApplyForGrantCommand)
export class ApplyForGrantHandler implements ICommandHandler<ApplyForGrantCommand> {
  constructor(
    private readonly store: GrantStore,
    private readonly policies: CouncilPolicies,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, application, idempotencyKey, reason }: ApplyForGrantCommand): Promise<AppliedGrant> {
    requireAnyRole(actor, MAY_APPLY, 'applying for a grant');
    const councilId = requireCouncil(actor);
    const request = checkGrantApplicationRequest(application);
    const key = checkIdempotencyKey(idempotencyKey);
    checkOptionalReason(reason);
    if (key) {
      const earlier = await this.store.findByIdempotencyKey(actor, councilId, key);
      if (earlier) return replay(earlier, request);
    }
    const today = this.clock.today();
    const policy = await this.policies.inForce(actor, councilId, today);
    const scheme = schemeOpenFor(policy.grantSchemes(), request.schemeId, today);
    try {
      const recorded = await this.store.apply(actor, councilId, { ...request, appliedOn: today, idempotencyKey: key }, (facts) => {
        const assessment = policy.assessGrant(scheme.id, {
          appliedOn: today,
          account: facts.account,
          nameMatchesRatepayer: facts.account !== null && namesMatch(request.applicantName, facts.account.ratepayerName),
          earlierApplicationsForAccount: facts.earlierApplicationsForAccount,
          otherAccountsPaidToSameBankAccount: facts.otherAccountsPaidToSameBankAccount,
        });
        return { ...assessment, status: triage(assessment) };
      }, reason ?? `application to ${scheme.name}`);
      return { application: recorded, replayed: false };
    } catch (error) {
      // Sent twice at once: the other request recorded it first.
      const winner = error instanceof ConflictError && key ? await this.store.findByIdempotencyKey(actor, councilId, key) : null;
      if (winner) return replay(winner, request);
      throw error;
    }
  }
}

function replay(earlier: { application: GrantApplicationRecord; request: GrantApplicationRequest }, again: GrantApplicationRequest): AppliedGrant {
  if (!isSameRequest(earlier.request, again)) throw new ConflictError('a different grant application was already made with this Idempotency-Key', 'Idempotency-Key');
  return { application: earlier.application, replayed: true };
}
