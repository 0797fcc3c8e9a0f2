import type { IsoDate } from '../../../kernel/src/index.js';
import type { PropertyUse, RatepayerType } from '../domain/charge/rating-case.js';

/** The public estimate contract: what a council website's "estimate your business rates" page sends. */
export interface EstimateRequest {
  readonly financialYear: string;
  readonly periodStart?: IsoDate;
  readonly periodEnd?: IsoDate;
  readonly rateableValue: number;
  readonly occupation: 'occupied' | 'empty';
  readonly emptySince?: IsoDate;
  readonly propertyUse: PropertyUse;
  readonly listedBuilding?: boolean;
  readonly inLondon?: boolean;
  readonly cityOfLondon?: boolean;
  readonly ratepayer: { readonly type: RatepayerType; readonly otherPropertiesRateableValues?: number[] };
  /** The rateable value on the day before the latest revaluation (transitional relief, Supporting Small Business). */
  readonly previousRateableValue?: number;
  readonly reliefs?: { readonly scheme: 'discretionary' | 'hardship'; readonly percent: string }[];
  readonly instalments?: { readonly count?: 10 | 12; readonly firstDueDate?: IsoDate; readonly noticeIssuedOn: IsoDate };
}
