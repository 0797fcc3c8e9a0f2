import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { calculateCharge } from '../domain/charge/calculate-charge.js';
import type { RatingCase } from '../domain/charge/rating-case.js';
import { instalmentSchedule } from '../domain/instalments/instalment-schedule.js';
import { financialYear } from '../domain/reference/financial-year.js';
import { NATIONAL_RATES } from '../domain/reference/national-rates.data.js';
import type { Estimate } from './estimate.js';
import type { EstimateRequest } from './estimate-request.js';
import { EstimateBusinessRatesQuery } from './estimate-business-rates.query.js';

@QueryHandler(EstimateBusinessRatesQuery)
export class EstimateBusinessRatesHandler implements IQueryHandler<EstimateBusinessRatesQuery> {
  execute({ request }: EstimateBusinessRatesQuery): Promise<Estimate> {
    const ratingCase = toRatingCase(request);
    const charge = calculateCharge(NATIONAL_RATES, ratingCase);
    const instalments = request.instalments
      ? instalmentSchedule({
          totalPence: charge.netChargePence,
          year: ratingCase.year,
          noticeIssuedOn: request.instalments.noticeIssuedOn,
          firstDueDate: request.instalments.firstDueDate,
          requestedCount: request.instalments.count,
        }).map(({ dueDate, amountPence }) => ({ dueDate, amountPence }))
      : [];
    return Promise.resolve({ ...charge, instalments });
  }
}

/** The estimate's facts as the engine's case: one rateable value and one occupation state for the period. */
export function toRatingCase(request: EstimateRequest): RatingCase {
  const year = financialYear(request.financialYear);
  const period = { start: request.periodStart ?? year.start, end: request.periodEnd ?? year.end };
  if (request.occupation === 'empty' && !request.emptySince) {
    throw new InvalidInputError('emptySince', 'is required when occupation is empty');
  }
  return {
    year,
    period,
    rateableValues: [{ from: period.start, value: request.rateableValue }],
    occupation: [
      {
        from: period.start,
        value: request.occupation === 'empty' ? { occupied: false, emptySince: request.emptySince as string } : { occupied: true },
      },
    ],
    propertyUse: request.propertyUse,
    listedBuilding: request.listedBuilding ?? false,
    inLondon: request.inLondon ?? request.cityOfLondon ?? false,
    cityOfLondon: request.cityOfLondon ?? false,
    ratepayer: {
      type: request.ratepayer.type,
      otherProperties: (request.ratepayer.otherPropertiesRateableValues ?? []).map((rateableValue) => ({ rateableValue })),
    },
    previousRateableValue: request.previousRateableValue,
    awards: request.reliefs ?? [],
  };
}
