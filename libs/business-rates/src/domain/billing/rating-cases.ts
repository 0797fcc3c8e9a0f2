import { addDays, splitAt, type DatePeriod } from '../../../../kernel/src/index.js';
import type { Change, CouncilAward, Occupation, OtherProperty, RatingCase } from '../charge/rating-case.js';
import type { NationalRates } from '../reference/national-rates.js';
import type { AccountYearFacts, LiabilityFacts, ReliefAwardFacts } from './account-year-facts.js';

/** A rating case and the liability it charges. */
export interface LiabilityCase {
  readonly liabilityId: string;
  readonly ratingCase: RatingCase;
}

/**
 * The engine's cases for an account's year: one per liability's days in the year, cut wherever a
 * relief award starts or ends (awards are dated; a rating case's awards hold for its whole period).
 */
export function ratingCasesFor(rates: NationalRates, facts: AccountYearFacts): LiabilityCase[] {
  return facts.liabilities.flatMap((liability) => {
    const period = daysInYear(facts, liability);
    if (!period || liability.rateableValues.length === 0) return [];
    const cuts = liability.reliefs.flatMap((award) => [award.startsOn, ...(award.endsOn ? [addDays(award.endsOn, 1)] : [])]);
    return splitAt(period, cuts).map((piece) => ({
      liabilityId: liability.liabilityId,
      ratingCase: ratingCase(rates, facts, liability, piece, liability.reliefs.filter((award) => awardCovers(award, piece))),
    }));
  });
}

function daysInYear({ year }: AccountYearFacts, liability: LiabilityFacts): DatePeriod | null {
  const start = liability.startsOn > year.start ? liability.startsOn : year.start;
  const end = liability.endsOn && liability.endsOn < year.end ? liability.endsOn : year.end;
  return start <= end ? { start, end } : null;
}

function awardCovers(award: ReliefAwardFacts, piece: DatePeriod): boolean {
  return award.startsOn <= piece.start && (award.endsOn === null || award.endsOn >= piece.end);
}

function ratingCase(rates: NationalRates, facts: AccountYearFacts, liability: LiabilityFacts, period: DatePeriod, awards: ReliefAwardFacts[]): RatingCase {
  const award = <K extends ReliefAwardFacts['kind']>(kind: K) =>
    awards.find((candidate): candidate is Extract<ReliefAwardFacts, { kind: K }> => candidate.kind === kind);
  const rural = award('rural');
  const partlyOccupied = award('partly-occupied');
  const ratepayerType = award('charity') ? 'charity' : award('casc') ? 'casc' : facts.ratepayerType;
  return {
    year: facts.year,
    period,
    rateableValues: liability.rateableValues.filter((change) => change.from <= period.end),
    occupation: occupationChanges(liability, period),
    propertyUse: liability.propertyUse,
    listedBuilding: liability.listedBuilding,
    inLondon: facts.inLondon,
    cityOfLondon: facts.cityOfLondon,
    ratepayer: { type: ratepayerType, otherProperties: otherPropertiesThan(facts, liability), occupiedFrom: liability.startsOn },
    awards: awards.flatMap((given): CouncilAward[] => {
      if (given.kind !== 'discretionary' && given.kind !== 'hardship') return [];
      const local = given.localScheme ? { local: given.localScheme } : {};
      return ['percent' in given ? { scheme: given.kind, percent: given.percent, ...local } : { scheme: given.kind, annualAmountPence: given.annualAmountPence, ...local }];
    }),
    previousRateableValue: previousRateableValue(rates, facts, liability),
    ruralSettlement: rural ? { business: rural.ruralBusiness, onlyOneInSettlement: rural.onlyOneInSettlement } : undefined,
    emptyExemptionClass: award('empty-exemption')?.exemptionClass,
    publicLavatory: award('public-lavatory') ? true : undefined,
    pubOrLiveMusicVenue: award('pubs-and-live-music') ? true : undefined,
    partlyOccupied: partlyOccupied ? { from: partlyOccupied.startsOn, unoccupiedRateableValue: partlyOccupied.unoccupiedRateableValue } : undefined,
  };
}

/**
 * Every other property the ratepayer occupies in the year, for small business rate relief: those on
 * its other accounts, and this account's other occupied hereditaments, each at the value in force
 * when its occupation in the year began. A property is never its own "other property".
 */
function otherPropertiesThan(facts: AccountYearFacts, liability: LiabilityFacts): OtherProperty[] {
  const onThisAccount = facts.liabilities.flatMap((other): OtherProperty[] => {
    if (other.hereditamentId === liability.hereditamentId || other.capacity !== 'occupier' || !daysInYear(facts, other)) return [];
    const from = other.startsOn > facts.year.start ? other.startsOn : facts.year.start;
    const inForce = other.rateableValues.filter((change) => change.from <= from).sort((a, b) => (a.from < b.from ? -1 : 1)).at(-1);
    return inForce ? [{ rateableValue: inForce.value, occupiedFrom: other.startsOn }] : [];
  });
  return [...facts.otherProperties, ...onThisAccount];
}

/** The occupation history up to the period's end; with none recorded, the hereditament counts as occupied. */
function occupationChanges(liability: LiabilityFacts, period: DatePeriod): Change<Occupation>[] {
  const known = [...liability.occupation].filter((change) => change.from <= period.end).sort((a, b) => (a.from < b.from ? -1 : 1));
  if (known.length === 0) return [{ from: period.start, value: { occupied: true } }];
  return known.map(({ from, occupied }) => ({ from, value: occupied ? { occupied: true } : { occupied: false, emptySince: from } }));
}

/**
 * The rateable value on the day before the year's rating list came into force: the base of
 * transitional relief and Supporting Small Business. Unknown when the history does not reach back.
 */
function previousRateableValue(rates: NationalRates, facts: AccountYearFacts, liability: LiabilityFacts): number | undefined {
  const scheme = rates.transitionalRelief[facts.year.label]?.scheme ?? rates.supportingSmallBusiness[facts.year.label]?.scheme;
  if (!scheme) return undefined;
  const dayBefore = `${Number(scheme) - 1}-03-31`;
  const before = liability.rateableValues.filter((change) => change.from <= dayBefore).sort((a, b) => (a.from < b.from ? -1 : 1));
  return before.at(-1)?.value;
}
