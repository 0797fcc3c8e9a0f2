import type { NationalRates, TransitionalYear } from './national-rates.js';

const bands = (small: string, medium: string, large: string) => ({ small, medium, large });

function ssb(scheme: '2017' | '2023' | '2026', yearOfScheme: number, annualIncreaseLimit: number, orSmallPropertyTransitionalCaps: boolean, confidence: 'C' | 'C-LA', source: string) {
  return { scheme, yearOfScheme, annualIncreaseLimit, orSmallPropertyTransitionalCaps, confidence, source };
}
const BANDS = { smallMaxRv: 20_000, smallMaxRvLondon: 28_000, mediumMaxRv: 100_000 };

function tr2017(increase: [string, string, string], decrease: [string, string, string], inflation: string): TransitionalYear {
  return {
    scheme: '2017',
    baseYear: '2016-17',
    ...BANDS,
    increaseCap: bands(...increase),
    decreaseCap: bands(...decrease),
    inflation,
    inflationConfidence: 'R',
    confidence: 'C-LA',
    source: '§5.3 2017 scheme caps [39 Chichester, Sutton, Mid Sussex]; size bands [39]; inflation recalled, verify',
  };
}

function trCapsOnly(scheme: '2023' | '2026', increase: [string, string, string], inflation: string, inflationConfidence: TransitionalYear['inflationConfidence']): TransitionalYear {
  return {
    scheme,
    baseYear: scheme === '2023' ? '2022-23' : '2025-26',
    ...BANDS,
    increaseCap: bands(...increase),
    decreaseCap: null,
    inflation,
    inflationConfidence,
    confidence: 'C',
    source: `§5.3 ${scheme} scheme caps, increases only [39 gov.uk]`,
  };
}

/**
 * England's national business-rates figures, 2017-18 to 2026-27, as data. Each entry names its
 * source (section and source numbers of shared/domain/business-rates.md) and its confidence tag.
 * To correct a figure, change it here (and its source): no rule code changes.
 */
export const NATIONAL_RATES: NationalRates = {
  multipliers: {
    '2017-18': { structure: 'small-and-standard', small: '0.466', standard: '0.479', confidence: 'C-LA', source: '§1.1 [1][2][4][13]' },
    '2018-19': { structure: 'small-and-standard', small: '0.480', standard: '0.493', confidence: 'C-LA', source: '§1.1 [2][3][4]' },
    '2019-20': { structure: 'small-and-standard', small: '0.491', standard: '0.504', confidence: 'C-LA', source: '§1.1 [2][3][4]' },
    '2020-21': { structure: 'small-and-standard', small: '0.499', standard: '0.512', confidence: 'C-LA', source: '§1.1 [2][3][4]' },
    '2021-22': { structure: 'small-and-standard', small: '0.499', standard: '0.512', confidence: 'C-LA', source: '§1.1 [2][3]' },
    '2022-23': { structure: 'small-and-standard', small: '0.499', standard: '0.512', confidence: 'C-LA', source: '§1.1 [2][3][14]' },
    '2023-24': { structure: 'small-and-standard', small: '0.499', standard: '0.512', confidence: 'C-LA', source: '§1.1 [2][3][4]' },
    '2024-25': { structure: 'small-and-standard', small: '0.499', standard: '0.546', confidence: 'C', source: '§1.1 BRIL 1/2024 [5]' },
    '2025-26': { structure: 'small-and-standard', small: '0.499', standard: '0.555', confidence: 'C-LA', source: '§1.1 [6][7][9][12]' },
    '2026-27': {
      structure: 'five-multipliers',
      rhlSmall: '0.382',
      rhlStandard: '0.430',
      small: '0.432',
      standard: '0.480',
      highValue: '0.508',
      confidence: 'C-LA',
      source: '§1.2 figures [9][10][12]; structure (RHL 5p below, high-value 2.8p above standard) [C] NNDR1 2026-27 guidance [8]',
    },
  },
  smallMultiplierMaxRv: [{ from: '2017-04-01', value: 50_999, confidence: 'C', source: '§1.1 SI 2017/102 art 2 [17]' }],
  smallMultiplierForEmptyAndCharity: [
    { from: '2017-04-01', value: false, confidence: 'C-LA', source: '§1.1 occupied only, no mandatory relief [26]' },
    { from: '2024-04-01', value: true, confidence: 'C-LA', source: '§1.1 Non-Domestic Rating Act 2023 [26][56]' },
  ],
  highValueMinRv: [{ from: '2026-04-01', value: 500_000, confidence: 'C-LA', source: '§1.2 [9][10][12]' }],
  smallBusinessRateRelief: [
    {
      from: '2010-04-01',
      value: { fullReliefMaxRv: 6_000, noReliefFromRv: 12_000, otherPropertyMaxRv: 2_599, aggregateMaxRv: 17_999, aggregateMaxRvLondon: 25_499 },
      confidence: 'C',
      source: '§2 historic thresholds (2010 list), SI 2012/148 [18][54]: the base for 2017 Supporting Small Business',
    },
    {
      from: '2017-04-01',
      value: { fullReliefMaxRv: 12_000, noReliefFromRv: 15_000, otherPropertyMaxRv: 2_899, aggregateMaxRv: 19_999, aggregateMaxRvLondon: 27_999 },
      confidence: 'C-LA',
      source: '§2 SI 2017/102 art 3, SI 2023/1250 reg 2 [17][20][23][24]; aggregate test wording [R]',
    },
  ],
  smallBusinessContinuation: [
    { from: '2014-04-01', value: { months: 12, forFirstOccupiedFrom: null }, confidence: 'C', source: '§2 SI 2014/43; SI 2023/1250 reg 2(3) [19][20]' },
    { from: '2026-04-01', value: { months: 36, forFirstOccupiedFrom: '2025-11-27' }, confidence: 'S', source: '§2 SI of 7 January 2026 amending reg 2(3) [21]; Torbay [C-LA]' },
  ],
  emptyLowRvExemptBelow: [{ from: '2017-04-01', value: 2_900, confidence: 'C', source: '§4 SI 2017/102 art 4 [17]' }],
  reoccupationWeeks: [
    { from: '2008-04-01', value: 6, confidence: 'C', source: '§4 SI 2008/386 reg 5 [36]' },
    { from: '2024-04-01', value: 13, confidence: 'C', source: '§4 SI 2024/323 [36]' },
  ],
  glaSupplement: [
    { from: '2017-04-01', value: { multiplier: '0.02', rvThreshold: 70_000 }, confidence: 'C', source: '§1.3 GLA BRS [15]' },
    { from: '2023-04-01', value: { multiplier: '0.02', rvThreshold: 75_000 }, confidence: 'C', source: '§1.3 MD3086 [15]' },
    { from: '2026-04-01', value: { multiplier: '0.02', rvThreshold: 92_000 }, confidence: 'C', source: '§1.3 MD3465 [15]' },
  ],
  retailHospitalityLeisure: [
    { from: '2019-04-01', value: { share: '1/3', capPounds: null, rvBelow: 51_000 }, confidence: 'C-LA', source: '§5.1 Retail Discount [37]' },
    { from: '2020-04-01', value: { share: '1', capPounds: null, rvBelow: null }, confidence: 'C-LA', source: '§5.1 Expanded Retail Discount [37][41b]' },
    { from: '2021-07-01', value: { share: '0.66', capPounds: 105_000, rvBelow: null }, confidence: 'C-LA', source: '§5.1 66% from 1 July 2021; £2m cap for businesses required to close is not modelled [37]' },
    { from: '2022-04-01', value: { share: '0.5', capPounds: 110_000, rvBelow: null }, confidence: 'C-LA', source: '§5.1 [37]' },
    { from: '2023-04-01', value: { share: '0.75', capPounds: 110_000, rvBelow: null }, confidence: 'C-LA', source: '§5.1 [37]' },
    { from: '2025-04-01', value: { share: '0.4', capPounds: 110_000, rvBelow: null }, confidence: 'C-LA', source: '§5.1 [7][37]' },
    { from: '2026-04-01', value: null, confidence: 'C-LA', source: '§5.1 replaced by the RHL multipliers [9]' },
  ],
  cityOfLondonPremium: {
    '2017-18': { small: '0.005', standard: '0.005', confidence: 'C', source: '§1.3 City of London [13]' },
    '2022-23': { small: '0.012', standard: '0.012', confidence: 'C', source: '§1.3 City of London [14]' },
    '2024-25': { small: '0.016', standard: '0.018', confidence: 'C', source: '§1.3 City of London [14]' },
  },
  baseYearSmallMultipliers: {
    '2016-17': { small: '0.484', confidence: 'R', source: 'not in the reference: recalled, verify before relying on 2017 transitional relief' },
    '2022-23': { small: '0.499', confidence: 'C-LA', source: '§1.1 [2][3][14]' },
    '2025-26': { small: '0.499', confidence: 'C-LA', source: '§1.1 [7][9][12]' },
  },
  transitionalRelief: {
    '2017-18': tr2017(['0.05', '0.125', '0.42'], ['0.20', '0.10', '0.041'], '0.02'),
    '2018-19': tr2017(['0.075', '0.175', '0.32'], ['0.30', '0.15', '0.046'], '0.03'),
    '2019-20': tr2017(['0.10', '0.20', '0.49'], ['0.35', '0.20', '0.059'], '0.024'),
    '2020-21': tr2017(['0.15', '0.25', '0.16'], ['0.55', '0.25', '0.058'], '0.017'),
    '2021-22': tr2017(['0.15', '0.25', '0.06'], ['0.55', '0.25', '0.048'], '0'),
    // 2022-23: the extension's terms are not confirmed (§12), so no transitional relief is computed.
    '2023-24': trCapsOnly('2023', ['0.05', '0.15', '0.30'], '0', 'C-LA'),
    '2024-25': trCapsOnly('2023', ['0.10', '0.25', '0.40'], '0.067', 'R'),
    '2025-26': trCapsOnly('2023', ['0.25', '0.40', '0.55'], '0.017', 'R'),
    '2026-27': trCapsOnly('2026', ['0.05', '0.15', '0.30'], '0', 'R'),
  },
  ruralRelief: [
    { from: '2017-04-01', value: { share: '1', storeMaxRv: 8_500, pubMaxRv: 12_500 }, confidence: 'C-LA', source: '§3 100% from 1 April 2017 (50% mandatory + 50% s47 until 2024) [31][29]' },
  ],
  publicLavatoryRelief: [{ from: '2020-04-01', value: '1', confidence: 'C', source: '§3 100% for standalone public lavatories, backdated to 1 April 2020 [32]' }],
  pubsRelief: [
    { from: '2026-04-01', value: '0.15', confidence: 'C', source: '§3 pubs and live music venues relief 2026-27 [38]' },
    { from: '2027-04-01', value: null, confidence: 'R', source: 'the scheme is announced for 2026-27 only' },
  ],
  supportingSmallBusiness: {
    '2017-18': ssb('2017', 1, 600, true, 'C-LA', '§5.2 2017 SSB: greater of £600 or the small-property TR caps plus inflation [40]'),
    '2018-19': ssb('2017', 2, 600, true, 'C-LA', '§5.2 2017 SSB [40]'),
    '2019-20': ssb('2017', 3, 600, true, 'C-LA', '§5.2 2017 SSB [40]'),
    '2020-21': ssb('2017', 4, 600, true, 'C-LA', '§5.2 2017 SSB [40]'),
    '2021-22': ssb('2017', 5, 600, true, 'C-LA', '§5.2 2017 SSB [40]'),
    // 2022-23: the 2017 scheme's extension (greater of 15% or £600) is not modelled, like the TR extension.
    '2023-24': ssb('2023', 1, 600, false, 'C', '§5.2 2023 SSB [40]'),
    '2024-25': ssb('2023', 2, 600, false, 'C', '§5.2 2023 SSB [40]; £600 a year taken as cumulative [R]'),
    '2025-26': ssb('2023', 3, 600, false, 'C', '§5.2 2023 SSB [40]; £600 a year taken as cumulative [R]'),
    '2026-27': ssb('2026', 1, 800, true, 'C-LA', '§5.2 2026 SSB: greater of £800 or the TR caps [40]'),
  },
};
