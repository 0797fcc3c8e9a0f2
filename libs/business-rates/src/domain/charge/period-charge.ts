import { Exact, exact, formatPounds, periodDays, type DatePeriod } from '../../../../kernel/src/index.js';
import type { FinancialYear } from '../reference/financial-year.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';
import { emptyExemptionOn } from '../reliefs/empty-property.js';
import { mandatoryRelief } from '../reliefs/mandatory-relief.js';
import { isRetailHospitalityLeisure, partlyOccupiedRelief, pubsRelief, retailHospitalityLeisureRelief } from '../reliefs/occupied-reliefs.js';
import { percentOf, type Relief } from '../reliefs/relief.js';
import { smallBusinessReliefShare } from '../reliefs/small-business-rate-relief.js';
import { supportingSmallBusinessLimit } from '../reliefs/supporting-small-business.js';
import type { TransitionalAdjustment } from '../reliefs/transitional-relief.js';
import { exactLine, total, type ExactLine } from './exact-line.js';
import { chooseMultiplier } from './multiplier.js';
import type { CouncilAward, Occupation, RatingCase } from './rating-case.js';

/** The facts that hold for every day of a sub-period. */
export interface PeriodFacts {
  readonly period: DatePeriod;
  readonly rateableValue: number;
  readonly occupation: Occupation;
  /** Transitional relief for the year at this rateable value (worked out once per value, not per sub-period). */
  readonly transitional: TransitionalAdjustment | null;
}

/**
 * The lines for one sub-period, in the order the reference describes: gross charge (A × M / C for
 * each day), transitional relief, the supplement, the GLA supplement; then exemptions and reliefs,
 * each taking its share of what the earlier ones left: empty exemption or partly occupied relief,
 * mandatory reliefs, small business, Supporting Small Business, RHL, pubs, and last the council's
 * own discretionary and hardship awards.
 */
export function periodCharge(
  rates: NationalRates,
  year: FinancialYear,
  ratingCase: RatingCase,
  facts: PeriodFacts,
  rhlCapScale: Exact = exact(1),
): ExactLine[] {
  const { period, rateableValue: rv, occupation } = facts;
  const day = period.start;
  const days = periodDays(period);
  const forPeriod = (annual: Exact) => annual.times(days).div(year.days);
  const rateable = new Exact(rv);
  const apportioned = (rate: string) => `RV ${formatPounds(rv)} × ${rate} × ${days}/${year.days} days`;
  const inputs = { rateableValue: rv, days, daysInYear: year.days };
  const mandatory = occupation.occupied ? mandatoryRelief(rates, day, ratingCase, rv) : null;
  const multiplier = chooseMultiplier(rates, year, day, {
    rateableValue: rv,
    occupied: occupation.occupied,
    mandatoryRelief: mandatory !== null,
    retailHospitalityLeisureUse: isRetailHospitalityLeisure(ratingCase),
    cityOfLondon: ratingCase.cityOfLondon,
  });

  const rateText = multiplier.rate.toString();
  const lines: ExactLine[] = [
    exactLine(
      'GROSS_CHARGE',
      forPeriod(rateable.times(multiplier.rate)),
      { description: `Gross charge at the ${multiplier.name.replace(' plus supplement (standard multiplier)', '')}`, rule: apportioned(rateText), legislation: multiplier.legislation },
      { ...inputs, multiplier: rateText },
    ),
  ];

  const { transitional } = facts;
  if (transitional && !transitional.annual.isZero()) {
    lines.push(
      exactLine(
        'TRANSITIONAL_RELIEF',
        forPeriod(transitional.annual),
        {
          description: `Transitional ${transitional.annual.isNegative() ? 'relief' : 'adjustment (phasing in a decrease)'}: ${transitional.scheme} scheme, ${transitional.band} property`,
          rule: `limited to base liability £${transitional.baseLiability.toFixed(2)} × ${transitional.appropriateFraction.toString()} against the notional £${transitional.notional.toFixed(2)} (RV × small multiplier), × ${days}/${year.days} days`,
          legislation: `the transitional protection regulations for the ${transitional.scheme} revaluation`,
        },
        { ...inputs, previousRateableValue: ratingCase.previousRateableValue ?? 0, band: transitional.band },
      ),
    );
  }
  if (multiplier.supplement) {
    const supplementText = multiplier.supplement.toString();
    lines.push(
      exactLine(
        'SUPPLEMENT',
        forPeriod(rateable.times(multiplier.supplement)),
        { description: 'Supplement: standard multiplier less small business multiplier', rule: apportioned(supplementText), legislation: 'LGFA 1988 Sch 7 (the standard multiplier is the small one plus a supplement)' },
        { ...inputs, supplement: supplementText },
      ),
    );
  }
  const gla = ratingCase.inLondon ? inForce(rates.glaSupplement, day) : undefined;
  if (gla && rv > gla.rvThreshold) {
    const rate = exact(gla.multiplier);
    lines.push(
      exactLine(
        'BUSINESS_RATE_SUPPLEMENT',
        forPeriod(rateable.times(rate)),
        { description: 'GLA Crossrail business rate supplement', rule: `${apportioned(gla.multiplier)}, RV above ${formatPounds(gla.rvThreshold)}`, legislation: 'Business Rate Supplements Act 2009' },
        { ...inputs, multiplier: gla.multiplier, threshold: gla.rvThreshold },
      ),
    );
  }

  // What remains after every line so far: each relief takes its share of it.
  let remaining = total(lines);
  const relieve = (relief: Relief | null) => {
    // A relief takes a share of what is left; when nothing is left there is nothing to relieve.
    if (relief && !relief.share.isZero() && remaining.isPositive()) {
      const { share, code, description, rule, legislation, inputs: extra = {} } = relief;
      const amount = remaining.times(share).negated();
      remaining = remaining.plus(amount);
      lines.push(exactLine(code, amount, { description, rule, legislation }, { ...extra, share: share.toString() }));
    }
  };

  if (!occupation.occupied) {
    const exemption = emptyExemptionOn(rates, day, {
      emptySince: occupation.emptySince,
      propertyUse: ratingCase.propertyUse,
      listedBuilding: ratingCase.listedBuilding,
      rateableValue: rv,
      exemptionClass: ratingCase.emptyExemptionClass,
    });
    relieve(
      exemption && {
        code: 'EMPTY_PROPERTY_EXEMPTION',
        share: exact(1),
        description: `Empty property exemption: ${exemption.reason}`,
        rule: 'no charge while the exemption applies',
        legislation: `LGFA 1988 s45; ${exemption.legislation}`,
        inputs: { emptySince: occupation.emptySince },
      },
    );
  } else {
    relieve(partlyOccupiedRelief(day, ratingCase, rv));
    relieve(mandatory);
    if (!mandatory) {
      const sbrr = smallBusinessReliefShare(rates, day, {
        rateableValue: rv,
        otherProperties: ratingCase.ratepayer.otherProperties,
        occupiedFrom: ratingCase.ratepayer.occupiedFrom,
        inLondon: ratingCase.inLondon,
      });
      if (!sbrr.isZero()) {
        relieve({
          code: 'SMALL_BUSINESS_RATE_RELIEF',
          share: sbrr,
          description: `Small business rate relief at ${percentOf(sbrr)}`,
          rule: 'RV up to £12,000: 100%; £12,001-£14,999: (15,000 − RV) / 3,000; other property disregards applied',
          legislation: day >= '2024-04-01' ? 'LGFA 1988 Sch 4ZA para 4; SI 2023/1250' : 'LGFA 1988 s43; SI 2017/102 art 3',
          inputs: { otherProperties: ratingCase.ratepayer.otherProperties.length },
        });
      }
      relieve(supportingSmallBusiness(rates, year, ratingCase, facts, remaining.times(year.days).div(days)));
    }
    relieve(retailHospitalityLeisureRelief(rates, day, ratingCase, rv, rhlCapScale));
    relieve(pubsRelief(rates, day, ratingCase));
  }

  for (const award of ratingCase.awards) relieve(councilRelief(award, remaining, days, year));
  return lines;
}

function supportingSmallBusiness(rates: NationalRates, year: FinancialYear, ratingCase: RatingCase, facts: PeriodFacts, annualSoFar: Exact): Relief | null {
  if (ratingCase.previousRateableValue === undefined || !annualSoFar.isPositive()) return null;
  const limit = supportingSmallBusinessLimit(rates, year.label, facts.period.start, {
    rateableValue: facts.rateableValue,
    previousRateableValue: ratingCase.previousRateableValue,
    inLondon: ratingCase.inLondon,
    otherProperties: ratingCase.ratepayer.otherProperties,
  });
  if (!limit || annualSoFar.lte(limit.allowedAnnual)) return null;
  return {
    code: 'SUPPORTING_SMALL_BUSINESS_RELIEF',
    share: new Exact(1).minus(limit.allowedAnnual.div(annualSoFar)),
    description: `Supporting Small Business relief (${limit.scheme} scheme)`,
    rule: `the yearly bill after transitional and small business relief limited to £${limit.allowedAnnual.toFixed(2)}: the last bill before the revaluation (£${limit.previousBill.toFixed(2)}) plus the scheme's yearly limit`,
    legislation: 'LGFA 1988 s47 (government-funded scheme, s31 grant)',
  };
}

/**
 * A council's own relief (s47 discretionary, local discounts included; s49 hardship), last of all:
 * a percentage of what remains, or a yearly amount pro rata to the period's days and never more
 * than remains. A local scheme's line says which scheme and the decision it rests on.
 */
function councilRelief(award: CouncilAward, remaining: Exact, days: number, year: FinancialYear): Relief | null {
  if (!remaining.isPositive()) return null;
  const hardship = award.scheme === 'hardship';
  const name = award.local?.name ?? `${hardship ? 'Hardship' : 'Discretionary'} relief`;
  const legislation = hardship ? 'LGFA 1988 s49' : 'LGFA 1988 s47';
  const local: Record<string, string> = award.local ? { scheme: award.local.name, decidedBy: award.local.decidedBy } : {};
  const basis = award.local ? `; ${award.local.ruleReference}` : '';
  if ('percent' in award) {
    return {
      code: hardship ? 'HARDSHIP_RELIEF' : 'DISCRETIONARY_RELIEF',
      share: exact(award.percent).div(100),
      description: `${name} at ${award.percent}%`,
      rule: `${award.percent}% of the charge remaining after the reliefs above${basis}`,
      legislation,
      inputs: local,
    };
  }
  const forPeriod = new Exact(award.annualAmountPence).div(100).times(days).div(year.days);
  const share = forPeriod.lt(remaining) ? forPeriod.div(remaining) : new Exact(1);
  return {
    code: hardship ? 'HARDSHIP_RELIEF' : 'DISCRETIONARY_RELIEF',
    share,
    description: `${name}: £${new Exact(award.annualAmountPence).div(100).toFixed(2)} a year`,
    rule: `£${new Exact(award.annualAmountPence).div(100).toFixed(2)} a year × ${days}/${year.days} days, at most the charge remaining after the reliefs above${basis}`,
    legislation,
    inputs: { ...local, annualAmountPence: award.annualAmountPence },
  };
}
