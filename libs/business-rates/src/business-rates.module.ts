import { Module } from '@nestjs/common';
import { EstimateBusinessRatesHandler } from './application/estimate-business-rates.handler.js';

/** Business rates: the rating engine's use cases. */
@Module({ providers: [EstimateBusinessRatesHandler] })
export class BusinessRatesModule {}
