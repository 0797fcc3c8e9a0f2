import { exact, formatPounds, type IsoDate } from '../../../../kernel/src/index.js';
import type { RatingCase } from '../charge/rating-case.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';
import type { Relief } from './relief.js';

/**
 * The mandatory reliefs for an occupied hereditament, at most one applying: public lavatories and
 * rural relief (100%), charity and CASC (80%). Before 1 April 2024 any of them also ruled out the
 * small multiplier.
 */
export function mandatoryRelief(rates: NationalRates, day: IsoDate, ratingCase: RatingCase, rateableValue: number): Relief | null {
  const modern = day >= '2024-04-01';
  const lavatory = ratingCase.publicLavatory ? inForce(rates.publicLavatoryRelief, day) : undefined;
  if (lavatory) return publicLavatory(lavatory, modern);
  const rural = ruralRelief(rates, day, ratingCase, rateableValue, modern);
  if (rural) return rural;
  const { type } = ratingCase.ratepayer;
  if (type === 'charity' || type === 'casc') {
    return {
      code: type === 'casc' ? 'CASC_RELIEF' : 'CHARITABLE_RELIEF',
      share: exact('0.8'),
      description: type === 'casc' ? 'Mandatory relief for a registered community amateur sports club' : 'Mandatory charitable relief',
      rule: '80% of the charge (one fifth payable)',
      legislation: modern ? 'LGFA 1988 Sch 4ZA para 2' : 'LGFA 1988 s43 (one fifth payable)',
    };
  }
  return null;
}

function publicLavatory(share: string, modern: boolean): Relief {
  return {
    code: 'PUBLIC_LAVATORY_RELIEF',
    share: exact(share),
    description: 'Public lavatory relief',
    rule: '100%: a standalone public lavatory',
    legislation: modern ? 'LGFA 1988 Sch 4ZA' : 'LGFA 1988 s43 as amended for public lavatories (from 1 April 2020)',
  };
}

function ruralRelief(rates: NationalRates, day: IsoDate, ratingCase: RatingCase, rateableValue: number, modern: boolean): Relief | null {
  const settlement = ratingCase.ruralSettlement;
  const rule = inForce(rates.ruralRelief, day);
  if (!settlement || !rule) return null;
  const pubOrPetrol = settlement.business === 'pub' || settlement.business === 'petrol-station';
  const mustBeOnlyOne = settlement.business !== 'food-shop';
  const maxRv = pubOrPetrol ? rule.pubMaxRv : rule.storeMaxRv;
  if ((mustBeOnlyOne && !settlement.onlyOneInSettlement) || rateableValue > maxRv) return null;
  return {
    code: 'RURAL_RELIEF',
    share: exact(rule.share),
    description: `Rural rate relief (${settlement.business.replace('-', ' ')})`,
    rule: `100% in a rural settlement: sole general store or post office, or a food shop, up to ${formatPounds(rule.storeMaxRv)} RV; sole pub or petrol station up to ${formatPounds(rule.pubMaxRv)}`,
    legislation: modern ? 'LGFA 1988 Sch 4ZA para 8' : 'LGFA 1988 s43 (rural settlements) with a s47 top-up',
  };
}
