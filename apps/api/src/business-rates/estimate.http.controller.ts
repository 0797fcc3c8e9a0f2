import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EstimateBusinessRatesQuery } from '../../../../libs/business-rates/src/index.js';
import { Public } from '../auth/public.decorator.js';
import { BusinessRatesEstimateInput } from './estimate.inputs.js';
import { toEstimateRequest } from './estimate.request.js';
import { BusinessRatesEstimateView } from './estimate.view.js';

@ApiTags('business rates')
@Public()
@Controller('v1/business-rates/estimates')
export class EstimateHttpController {
  constructor(private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Estimate a business rates bill (public: no token)', description: 'Every line explains itself: rule, legislation and inputs.' })
  @ApiOkResponse({ type: BusinessRatesEstimateView })
  estimate(@Body() input: BusinessRatesEstimateInput) {
    return this.queries.execute(new EstimateBusinessRatesQuery(toEstimateRequest(input)));
  }
}
