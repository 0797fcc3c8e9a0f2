import type { EstimateRequest } from '../../../../libs/business-rates/src/index.js';
import type { BusinessRatesEstimateInput } from './estimate.inputs.js';

/** The validated input as the query's request; percentages travel as exact decimal strings. */
export function toEstimateRequest(input: BusinessRatesEstimateInput): EstimateRequest {
  return { ...input, reliefs: input.reliefs?.map(({ scheme, percent }) => ({ scheme, percent: String(percent) })) };
}
