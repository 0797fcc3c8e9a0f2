import { accountReferenceFor, type FinancialYear } from '../../libs/business-rates/src/index.js';
import { addDays, addMonths, type IsoDate } from '../../libs/kernel/src/index.js';
import { Random } from './random.js';
import { randomDate } from './dates.js';
import { makeParty, makeAddress, type Address, type Party } from './parties.js';
import { SCAT_CLASSES, SPORTS_GROUND, type ScatClass } from './word-lists.js';

/**
 * The invented world every format renders: property groups, each a property and the accounts
 * liable for it one after another (never overlapping). Built from the group's own random stream,
 * so the same seed and size give the same properties, UARNs and BA references in every format.
 */
export interface Property {
  readonly ref: string;
  readonly baRef: string;
  readonly uarn: number;
  readonly uprn: string;
  readonly address: Address;
  readonly scat: ScatClass;
  /** Whole pounds, in force from `rvEffective`. */
  readonly rv: number;
  readonly rvEffective: IsoDate;
  /** A property entered in the list during the current year (its VOA entry carries the date). */
  readonly newInList: boolean;
  readonly emptyFrom: IsoDate | null;
  readonly latitude: string;
  readonly longitude: string;
}

export type ReliefCode = 'MAND' | 'CASC' | 'RURL' | 'DC' | 'DE' | 'HARD' | 'EXPL' | 'SBRE' | 'SBRN' | 'EPRN';
/** Codes the engine works out itself: in the extract, counted but not loaded. */
export const ENGINE_DERIVED_CODES: ReadonlySet<string> = new Set(['SBRE', 'SBRN', 'EPRN', 'EPRI']);

export interface Relief {
  readonly ref: string;
  readonly code: ReliefCode;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly percent: string;
}

export interface Liability {
  readonly ref: string;
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** Academy liability position: 1, 3, 4, 5, 6 occupiers; 2, 7 owners. */
  readonly liabPos: string;
  readonly owner: boolean;
}

export interface Account {
  /** 8-digit account_ref and its Luhn check digit. */
  readonly ref: string;
  readonly checkDigit: string;
  readonly party: Party;
  readonly liability: Liability;
  readonly reliefs: readonly Relief[];
}

export type GroupKind = 'settled' | 'moved-in' | 'historic' | 'empty' | 'vacated' | 'new-build';

export interface Group {
  readonly index: number;
  readonly kind: GroupKind;
  readonly property: Property;
  /** In date order; the last is liable now. */
  readonly accounts: readonly Account[];
}

const KINDS: readonly (readonly [GroupKind, number])[] = [
  ['settled', 78],
  ['moved-in', 6],
  ['historic', 6],
  ['empty', 5],
  ['vacated', 3],
  ['new-build', 2],
];

/** The groups of a world of `accounts` accounts, in order. */
export function* worldGroups(seed: number, accounts: number, year: FinancialYear, asOf: IsoDate): Generator<Group> {
  let nextSerial = 1;
  for (let index = 0; nextSerial <= accounts; index += 1) {
    const group = makeGroup(seed, index, nextSerial, accounts - nextSerial + 1, year, asOf);
    nextSerial += group.accounts.length;
    yield group;
  }
}

function makeGroup(seed: number, index: number, firstSerial: number, accountsLeft: number, year: FinancialYear, asOf: IsoDate): Group {
  const random = Random.for(seed, index);
  let kind = random.weighted(KINDS);
  if (accountsLeft < 2 && ['moved-in', 'historic', 'vacated'].includes(kind)) kind = 'settled';
  // Changes in the current year happen early enough to have been billed by the extract date.
  const lastChange = addDays(asOf, -45);
  const parties = [makeParty(random), makeParty(random)];
  const scat = parties[parties.length - 1].kind === 'S' ? SPORTS_GROUND : random.weighted(SCAT_CLASSES.map((item) => [item, item.weight] as const));
  const spells = occupationSpells(random, kind, year, lastChange);
  const newInList = kind === 'new-build';
  const property = makeProperty(random, index, scat, year, spells, newInList);
  const accounts = spells.map((spell, position) => {
    const party = parties[position];
    const serial = firstSerial + position;
    const reference = accountReferenceFor(serial);
    const liability: Liability = {
      ref: String(70_000_000 + serial),
      start: spell.start,
      end: spell.end,
      liabPos: spell.owner ? random.pick(['2', '7']) : random.weighted([['4', 60], ['3', 25], ['1', 8], ['5', 5], ['6', 2]] as const),
      owner: spell.owner,
    };
    return { ref: reference.slice(0, 8), checkDigit: reference.slice(8), party, liability, reliefs: reliefsFor(random, serial, party, property, liability, year) };
  });
  return { index, kind, property, accounts };
}

interface Spell {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  readonly owner: boolean;
}

/** Who was liable when: one spell, or an earlier one ended the day before the next began. */
function occupationSpells(random: Random, kind: GroupKind, year: FinancialYear, lastChange: IsoDate): Spell[] {
  const inYear = () => randomDate(random, addDays(year.start, 10), lastChange);
  // The earlier occupier began some time before the change: at least a month, so no spell ends before it starts.
  const handOver = (change: IsoDate, owner: boolean): Spell[] => [
    { start: randomDate(random, '2008-04-01', addDays(change, -30)), end: addDays(change, -1), owner: false },
    { start: change, end: null, owner },
  ];
  switch (kind) {
    case 'settled':
      return [{ start: randomDate(random, '2008-04-01', addDays(year.start, -1)), end: null, owner: false }];
    case 'moved-in':
      return handOver(inYear(), false);
    case 'historic':
      return handOver(randomDate(random, '2016-04-01', addDays(year.start, -366)), false);
    case 'empty':
      return [{ start: randomDate(random, '2019-04-01', addDays(year.start, -10)), end: null, owner: true }];
    case 'vacated':
      return handOver(inYear(), true);
    case 'new-build':
      return [{ start: inYear(), end: null, owner: false }];
  }
}

/** Rateable values skewed as a district's list: about 40% under £15,000, 15% over £51,000, a few high-value. */
function rateableValue(random: Random): number {
  const band = random.next();
  const roundTo = (value: number, step: number) => Math.round(value / step) * step;
  if (band < 0.4) return roundTo(random.int(1_500, 14_999), 25);
  if (band < 0.85) return roundTo(random.int(15_000, 50_999), 50);
  if (band < 0.995) return roundTo(random.int(51_000, 480_000), 250);
  return roundTo(random.int(500_000, 2_400_000), 1_000);
}

function makeProperty(random: Random, index: number, scat: ScatClass, year: FinancialYear, spells: Spell[], newInList: boolean): Property {
  const current = spells[spells.length - 1];
  const serial = index + 1;
  return {
    ref: `N${String(serial).padStart(10, '0')}`,
    baRef: String(30_000_000_000 + serial),
    // Each property owns a block of 100 numbers, so UARNs stay unique without a lookup.
    uarn: 1_000_000_000 + serial * 100 + random.int(0, 99),
    uprn: random.chance(0.9) ? String(100_070_000_000 + serial * 10 + random.int(0, 9)) : '',
    address: makeAddress(random, true),
    scat,
    rv: rateableValue(random),
    rvEffective: newInList ? current.start : year.start,
    newInList,
    emptyFrom: current.owner ? current.start : null,
    latitude: (53.6 + random.int(0, 300_000) / 1_000_000).toFixed(6),
    longitude: (-1.7 + random.int(0, 400_000) / 1_000_000).toFixed(6),
  };
}

/**
 * The relief rows of one liability. Awarded reliefs run unchanged through the current year's
 * liability (they start by its first day in the year and stay open), so the charge the legacy
 * billed is one the engine can reproduce; some ended before the year, for history.
 */
function reliefsFor(random: Random, serial: number, party: Party, property: Property, liability: Liability, year: FinancialYear): Relief[] {
  const reliefs: Relief[] = [];
  const add = (code: ReliefCode, from: IsoDate, to: IsoDate | null, percent = '') =>
    reliefs.push({ ref: `${serial}${String(reliefs.length + 1).padStart(2, '0')}`, code, from, to, percent });
  const { start, end } = liability;
  // An award begins by the liability's first day in the year (or by its end, for one that ended earlier).
  const awardFrom = () => (start >= year.start ? start : randomDate(random, start, end !== null && end < year.start ? end : year.start));
  if (liability.owner) {
    // The initial empty exemption, as the legacy system showed it (the engine works it out).
    const months = property.scat.use === 'industrial' ? 6 : 3;
    add('EPRN', start, addDays(addMonths(start, months), -1));
    if (random.chance(0.05)) add('EXPL', start, null);
    return reliefs;
  }
  if (party.kind === 'H') {
    add('MAND', awardFrom(), end);
    if (random.chance(0.3)) add('DE', awardFrom(), end, random.pick(['100', '50', '20']));
    return reliefs;
  }
  if (party.kind === 'S') {
    add('CASC', awardFrom(), end);
    return reliefs;
  }
  // No rural relief: the loader refuses RURL, because the extract cannot say what kind of business
  // it is or that it is the settlement's only one, which the award needs (award it in the system).
  if (property.rv < 15_000 && (end === null || end >= '2017-04-01')) add(property.rv <= 12_000 ? 'SBRE' : 'SBRN', start > '2017-04-01' ? start : '2017-04-01', end);
  const discretionary = random.chance(0.03);
  if (discretionary) add(random.pick(['DC', 'DE'] as const), awardFrom(), end, random.pick(['25', '50', '10', '12.5', '100']));
  else if (random.chance(0.003)) add('HARD', awardFrom(), end, random.pick(['50', '100']));
  // A past discretionary award, only where no current one could overlap it (one award of a kind at a time).
  if (!discretionary && start < '2022-04-01' && random.chance(0.02)) add('DC', start, '2022-03-31', '25');
  return reliefs;
}
