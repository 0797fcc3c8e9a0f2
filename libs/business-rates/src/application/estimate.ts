import type { IsoDate, Pence } from '../../../kernel/src/index.js';
import type { ChargeLine } from '../domain/charge/charge-line.js';

export interface EstimatedInstalment {
  readonly dueDate: IsoDate;
  readonly amountPence: Pence;
}

export interface Estimate {
  readonly grossChargePence: Pence;
  readonly netChargePence: Pence;
  readonly lines: ChargeLine[];
  readonly instalments: EstimatedInstalment[];
}
