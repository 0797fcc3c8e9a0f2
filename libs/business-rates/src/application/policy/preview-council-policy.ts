import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../../kernel/src/index.js';
import { actingCouncil, CouncilPolicies } from '../../../../policy-host/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { previewPolicy, type PolicyPreview } from '../../domain/local-policy/policy-preview.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { NATIONAL_RATES } from '../../domain/reference/national-rates.data.js';
import { BillingStore } from '../billing/billing-store.port.js';

export const DEFAULT_PREVIEW_SAMPLE = 200;
export const MAXIMUM_PREVIEW_SAMPLE = 2_000;

/**
 * What-if: a policy version the council might set, tried on a sample of its accounts for a year
 * before it is switched on. Nothing is stored or issued.
 */
export class PreviewCouncilPolicyQuery {
  constructor(
    readonly actor: Actor,
    readonly financialYear: string,
    readonly proposed: { readonly effectiveFrom: unknown; readonly plugins: unknown; readonly settings: unknown },
    readonly sampleSize?: number,
    /** Operators name the council; council staff preview their own. */
    readonly councilId?: string,
  ) {}
}

export type PolicyPreviewResult = PolicyPreview & { readonly financialYear: string; readonly sampleSize: number };

@QueryHandler(PreviewCouncilPolicyQuery)
export class PreviewCouncilPolicyHandler implements IQueryHandler<PreviewCouncilPolicyQuery> {
  constructor(
    private readonly store: BillingStore,
    private readonly policies: CouncilPolicies,
  ) {}

  async execute({ actor, financialYear: label, proposed, sampleSize = DEFAULT_PREVIEW_SAMPLE, councilId: named }: PreviewCouncilPolicyQuery): Promise<PolicyPreviewResult> {
    const councilId = actingCouncil(actor, named, 'preview');
    const year = financialYear(label);
    if (!Number.isInteger(sampleSize) || sampleSize < 1 || sampleSize > MAXIMUM_PREVIEW_SAMPLE) {
      throw new InvalidInputError('sampleSize', `must be a whole number from 1 to ${MAXIMUM_PREVIEW_SAMPLE}`);
    }
    const proposedWindows = await this.policies.overIf(actor, councilId, year, proposed);
    const currentWindows = await this.policies.over(actor, councilId, year);
    const accounts = await this.store.sampleAccountYears(actor, councilId, year, sampleSize);
    return { financialYear: year.label, sampleSize, ...previewPolicy(NATIONAL_RATES, accounts, currentWindows, proposedWindows) };
  }
}
