import { Query } from '@nestjs/cqrs';
import type { Estimate } from './estimate.js';
import type { EstimateRequest } from './estimate-request.js';

/** Public: what a council website's "estimate your business rates" page asks. No council, no login. */
export class EstimateBusinessRatesQuery extends Query<Estimate> {
  constructor(readonly request: EstimateRequest) {
    super();
  }
}
