import { Exact, periodDays, type DatePeriod } from '../../../../kernel/src/index.js';
import type { FinancialYear } from '../reference/financial-year.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';
import { emptyExemptionOn } from '../reliefs/empty-property.js';
import { smallBusinessReliefShare } from '../reliefs/small-business-rate-relief.js';
import { exactLine, total, type ExactLine } from './exact-line.js';
import { chooseMultiplier } from './multiplier.js';
import type { Occupation, RatingCase } from './rating-case.js';

/** The facts that hold for every day of a sub-period. */
export interface PeriodFacts {
  readonly period: DatePeriod;
  readonly rateableValue: number;
  readonly occupation: Occupation;
}

const RHL_USES = new Set(['retail', 'hospitality', 'leisure']);
const pct = (share: Exact) => `${share.times(100).toDecimalPlaces(4).toString()}%`;

/**
 * The lines for one sub-period, in the statutory order: gross charge (A × M / C for each day),
 * the pre-2024 supplement, the GLA supplement, then exemptions and reliefs each acting on what
 * the earlier ones left.
 */
export function periodCharge(rates: NationalRates, year: FinancialYear, ratingCase: RatingCase, facts: PeriodFacts): ExactLine[] {
  const { period, rateableValue: rv, occupation } = facts;
  const days = periodDays(period);
  const mandatoryRelief = occupation.occupied && (ratingCase.ratepayer.type === 'charity' || ratingCase.ratepayer.type === 'casc');
  const multiplier = chooseMultiplier(rates, year, period.start, {
    rateableValue: rv,
    occupied: occupation.occupied,
    mandatoryRelief,
    retailHospitalityLeisureUse: RHL_USES.has(ratingCase.propertyUse),
  });
  const daily = (rate: Exact) => new Exact(rv).times(rate).times(days).div(year.days);
  const apportioned = (rate: Exact) => `RV £${rv.toLocaleString('en-GB')} × ${rate.toString()} × ${days}/${year.days} days`;
  const inputs = { rateableValue: rv, days, daysInYear: year.days };

  const charges: ExactLine[] = [
    exactLine(
      'GROSS_CHARGE',
      daily(multiplier.rate),
      { description: `Gross charge at the ${multiplier.name.replace(' plus supplement (standard multiplier)', '')}`, rule: apportioned(multiplier.rate), legislation: multiplier.legislation },
      { ...inputs, multiplier: multiplier.rate.toString() },
    ),
  ];
  if (multiplier.supplement) {
    charges.push(
      exactLine(
        'SUPPLEMENT',
        daily(multiplier.supplement),
        { description: 'Supplement: standard multiplier less small business multiplier', rule: apportioned(multiplier.supplement), legislation: 'LGFA 1988 s44 and Sch 7 para 10' },
        { ...inputs, supplement: multiplier.supplement.toString() },
      ),
    );
  }
  const gla = ratingCase.inLondon ? inForce(rates.glaSupplement, period.start) : undefined;
  if (gla && rv > gla.rvThreshold) {
    const rate = new Exact(gla.multiplier);
    charges.push(
      exactLine(
        'BUSINESS_RATE_SUPPLEMENT',
        daily(rate),
        { description: 'GLA Crossrail business rate supplement', rule: `${apportioned(rate)}, RV above £${gla.rvThreshold.toLocaleString('en-GB')}`, legislation: 'Business Rate Supplements Act 2009' },
        { ...inputs, multiplier: rate.toString(), threshold: gla.rvThreshold },
      ),
    );
  }

  const lines = [...charges];
  const relieve = (code: ExactLine['code'], share: Exact, text: { description: string; rule: string; legislation: string }, extra = {}) => {
    if (share.isZero()) return;
    lines.push(exactLine(code, total(lines).times(share).negated(), text, { ...extra, share: share.toString() }));
  };

  if (!occupation.occupied) {
    const exemption = emptyExemptionOn(rates, period.start, { emptySince: occupation.emptySince, propertyUse: ratingCase.propertyUse, listedBuilding: ratingCase.listedBuilding, rateableValue: rv });
    if (exemption) {
      relieve('EMPTY_PROPERTY_EXEMPTION', new Exact(1), { description: `Empty property exemption: ${exemption.reason}`, rule: 'no charge while the exemption applies', legislation: `LGFA 1988 s45; ${exemption.legislation}` }, { emptySince: occupation.emptySince });
    }
  } else if (mandatoryRelief) {
    const casc = ratingCase.ratepayer.type === 'casc';
    relieve(casc ? 'CASC_RELIEF' : 'CHARITABLE_RELIEF', new Exact('0.8'), {
      description: casc ? 'Mandatory relief for a registered community amateur sports club' : 'Mandatory charitable relief',
      rule: '80% of the charge (one fifth payable)',
      legislation: year.start >= '2024-04-01' ? 'LGFA 1988 Sch 4ZA para 2' : 'LGFA 1988 s43(5)-(6)',
    });
  } else {
    const share = smallBusinessReliefShare(rates, period.start, { rateableValue: rv, otherPropertiesRateableValues: ratingCase.ratepayer.otherPropertiesRateableValues, inLondon: ratingCase.inLondon });
    relieve('SMALL_BUSINESS_RATE_RELIEF', share, {
      description: `Small business rate relief at ${pct(share)}`,
      rule: 'RV up to £12,000: 100%; £12,001-£14,999: (15,000 − RV) / 3,000; other property disregards applied',
      legislation: year.start >= '2024-04-01' ? 'LGFA 1988 Sch 4ZA para 4; SI 2023/1250' : 'LGFA 1988 s43(4A); SI 2017/102 art 3',
    }, { otherProperties: ratingCase.ratepayer.otherPropertiesRateableValues.length });
  }

  for (const award of ratingCase.awards) {
    const share = new Exact(award.percent).div(100);
    const hardship = award.scheme === 'hardship';
    relieve(hardship ? 'HARDSHIP_RELIEF' : 'DISCRETIONARY_RELIEF', share, {
      description: `${hardship ? 'Hardship' : 'Discretionary'} relief at ${award.percent}%`,
      rule: `${award.percent}% of the charge remaining after the reliefs above`,
      legislation: hardship ? 'LGFA 1988 s49' : 'LGFA 1988 s47',
    });
  }
  return lines;
}
