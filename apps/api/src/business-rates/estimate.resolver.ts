import { Args, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { EstimateBusinessRatesQuery } from '../../../../libs/business-rates/src/index.js';
import { Public } from '../auth/public.decorator.js';
import { BusinessRatesEstimateInput } from './estimate.inputs.js';
import { toEstimateRequest } from './estimate.request.js';
import { BusinessRatesEstimateView } from './estimate.view.js';

@Resolver(() => BusinessRatesEstimateView)
export class EstimateResolver {
  constructor(private readonly queries: QueryBus) {}

  @Public()
  @Query(() => BusinessRatesEstimateView, { description: 'Estimate a business rates bill (public: no token).' })
  businessRatesEstimate(@Args('input') input: BusinessRatesEstimateInput) {
    return this.queries.execute(new EstimateBusinessRatesQuery(toEstimateRequest(input)));
  }
}
