import type { NationalRates } from './national-rates.js';

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
      from: '2017-04-01',
      value: { fullReliefMaxRv: 12_000, noReliefFromRv: 15_000, otherPropertyMaxRv: 2_899, aggregateMaxRv: 19_999, aggregateMaxRvLondon: 27_999 },
      confidence: 'C-LA',
      source: '§2 SI 2017/102 art 3, SI 2023/1250 reg 2 [17][20][23][24]; aggregate test wording [R]',
    },
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
};
