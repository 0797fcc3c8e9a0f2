import type { IssuedNotice } from '../../../business-rates/src/index.js';
import type { IsoDate, Pence } from '../../../kernel/src/index.js';

/** The council as a document names it: who issues the notice and how to reach them. */
export interface IssuingCouncil {
  readonly name: string;
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly website: string | null;
}

/** Where the document goes: the ratepayer and their address for correspondence. */
export interface Addressee {
  readonly name: string;
  readonly addressLines: readonly string[];
  readonly postcode: string | null;
}

/** A property the notice charges, as the register describes it. */
export interface ChargedProperty {
  readonly liabilityId: string;
  readonly baReference: string;
  readonly description: string;
  readonly addressLines: readonly string[];
  readonly postcode: string | null;
}

/** One calculation line of a notice, with the explanation the engine gave it. */
export type CalculationLine = Pick<IssuedNotice['lines'][number], 'liabilityId' | 'code' | 'description' | 'amountPence' | 'periodStart' | 'periodEnd' | 'rule' | 'legislation' | 'inputs'>;

/** The council's own words on a notice, from its policy plugins. */
export interface CouncilWording {
  readonly heading?: string;
  readonly paymentInstructions?: string;
  readonly contactDetails?: string;
}

/** Everything a demand notice prints, gathered from the notice, the register and the council. */
export interface DemandNoticeFacts {
  readonly council: IssuingCouncil;
  readonly addressee: Addressee;
  readonly accountReference: string;
  readonly billNumber: number;
  readonly kind: string;
  readonly financialYear: string;
  readonly issuedOn: IsoDate;
  readonly totalPence: Pence;
  readonly yearChargePence: Pence;
  readonly paidBeforePence: Pence;
  readonly dueBeforePence: Pence;
  readonly properties: readonly ChargedProperty[];
  readonly lines: readonly CalculationLine[];
  readonly instalments: ReadonlyArray<{ readonly number: number; readonly dueDate: IsoDate; readonly amountPence: Pence }>;
  readonly wording: CouncilWording;
}

/** Everything a reminder or final notice prints. */
export interface RecoveryNoticeFacts {
  readonly council: IssuingCouncil;
  readonly addressee: Addressee;
  readonly accountReference: string;
  readonly stage: 'reminder' | 'final-notice';
  readonly financialYear: string;
  readonly issuedOn: IsoDate;
  readonly arrearsPence: Pence;
  readonly payBy: IsoDate;
  readonly wording: CouncilWording;
}
