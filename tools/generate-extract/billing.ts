import { financialYearOf, type FinancialYear } from '../../libs/business-rates/src/index.js';
import { addDays, type IsoDate } from '../../libs/kernel/src/index.js';
import { engineCharge, netOf, type NoticeCharge } from './charges.js';
import { earlier, later, randomDate } from './dates.js';
import { Random } from './random.js';
import type { Account, Group } from './world.js';

export interface Notice {
  readonly billNo: string;
  readonly adjust: number;
  /** `D` a demand (the year's bill), `A` an adjustment of it. */
  readonly type: 'D' | 'A';
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly issued: IsoDate;
  readonly charge: NoticeCharge;
  readonly costsPence: number;
  /** Buckets less the payments naming the bill (for adjustment 0; later adjustments carry their buckets). */
  balancePence: number;
}

export interface Payment {
  readonly ref: string;
  readonly billNo: string;
  readonly date: IsoDate;
  readonly amountPence: number;
}

/** A current-year charge the legacy system billed differently from what our engine computes: valid rows, an expected shadow-billing difference. */
export interface ChargeDifference {
  readonly reason: 'stale-rateable-value' | 'transitional-relief';
  readonly legacyChargePence: number;
  readonly engineChargePence: number;
  readonly detail: string;
}

export interface AccountBilling {
  readonly account: Account;
  readonly notices: Notice[];
  readonly payments: Payment[];
  /** Whether the account was liable on some day of the current year up to the extract date. */
  readonly liableThisYear: boolean;
  readonly difference: ChargeDifference | null;
}

/** Bill and payment numbers run on through the whole extract. */
export class Numbering {
  private bill = 40_000_000;
  private payment = 60_000_000;
  nextBill(): string {
    return String(++this.bill);
  }
  nextPayment(): string {
    return String(++this.payment);
  }
}

export interface BillingContext {
  readonly seed: number;
  readonly year: FinancialYear;
  readonly asOf: IsoDate;
  readonly numbering: Numbering;
}

/**
 * The notices and payments of a group's accounts: the current year's demand (issued in March
 * for those liable on 1 April, on moving in for the others) and its adjustment on moving out;
 * a 2025-26 notice still owing for a few; and the payments made to them up to the extract date.
 * `allowDifference` lets this group be one of the few the legacy system billed differently.
 */
export function billGroup(group: Group, context: BillingContext, allowDifference: boolean): AccountBilling[] {
  const random = Random.for(context.seed, group.index, 1);
  const canDiffer = allowDifference && group.kind === 'settled';
  return group.accounts.map((account) => billAccount(random, group, account, context, canDiffer));
}

function billAccount(random: Random, group: Group, account: Account, context: BillingContext, canDiffer: boolean): AccountBilling {
  const { year, asOf, numbering } = context;
  const { start, end } = account.liability;
  const notices: Notice[] = [];
  const payments: Payment[] = [];
  const pay = (billNo: string, date: IsoDate, amountPence: number) => payments.push({ ref: numbering.nextPayment(), billNo, date, amountPence });
  const liableThisYear = start <= asOf && (end === null || end >= year.start);
  const behaviour = random.weighted([['prompt', 85], ['late', 7], ['partial', 4], ['none', 4]] as const);

  const previous = financialYearOf(addDays(year.start, -1));
  if (start <= previous.start && liableThisYear && random.chance(0.06)) {
    // Arrears: last year's bill, unpaid until a few late payments from December.
    const charge = engineCharge(previous, previous, group.property, account);
    const costsPence = random.chance(0.5) ? 9_000 : 0;
    if (netOf(charge) > 0) {
      const notice = demand(numbering.nextBill(), previous, randomDate(random, addDays(previous.start, -28), addDays(previous.start, -10)), charge, costsPence);
      notices.push(notice);
      const instalment = Math.floor(netOf(charge) / 10);
      for (let month = 0, count = random.int(0, 3); month < count; month += 1) {
        const monthStart = addMonthsTo(`${previous.start.slice(0, 4)}-12-01`, month, previous);
        pay(notice.billNo, `${monthStart.slice(0, 8)}${String(random.int(1, 28)).padStart(2, '0')}`, instalment);
      }
    }
  }

  let difference: ChargeDifference | null = null;
  if (liableThisYear) {
    const from = later(start, year.start);
    const billNo = numbering.nextBill();
    const annual = start <= year.start;
    const issued = annual ? randomDate(random, addDays(year.start, -30), addDays(year.start, -12)) : randomDate(random, addDays(from, 7), addDays(from, 20));
    let charge = engineCharge(year, { start: from, end: year.end }, group.property, account);
    if (canDiffer && random.chance(0.012)) ({ charge, difference } = legacyDifference(random, charge, year, group, account));
    const first = demand(billNo, { start: from, end: year.end }, issued, charge, 0);
    notices.push(first);
    if (end !== null && end <= year.end) {
      // Moved out: the adjustment carries the change to the year's charge (usually a credit).
      const revised = engineCharge(year, { start: from, end }, group.property, account);
      const delta = { debitPence: revised.debitPence - charge.debitPence, remitPence: revised.remitPence - charge.remitPence, transitionalPence: 0 };
      notices.push({ billNo, adjust: 1, type: 'A', from, to: end, issued: randomDate(random, addDays(end, 7), addDays(end, 14)), charge: delta, costsPence: 0, balancePence: netOf(delta) });
    }
    instalments(random, first, end, asOf, behaviour, account.party.paymentCode === 'DD01' ? random.pick([1, 15]) : 0, pay);
  }
  for (const notice of notices) {
    if (notice.adjust === 0) notice.balancePence -= payments.filter((payment) => payment.billNo === notice.billNo).reduce((sum, payment) => sum + payment.amountPence, 0);
  }
  return { account, notices, payments, liableThisYear, difference };
}

function demand(billNo: string, period: { start: IsoDate; end: IsoDate }, issued: IsoDate, charge: NoticeCharge, costsPence: number): Notice {
  return { billNo, adjust: 0, type: 'D', from: period.start, to: period.end, issued, charge, costsPence, balancePence: netOf(charge) + costsPence };
}

/**
 * Monthly instalments from the month after the notice (ten for a year's bill, to March for one
 * issued later), the first taking the odd pence; paid as the account's behaviour says, and only
 * up to the extract date and the month the liability ended.
 */
function instalments(
  random: Random,
  notice: Notice,
  end: IsoDate | null,
  asOf: IsoDate,
  behaviour: 'prompt' | 'late' | 'partial' | 'none',
  debitDay: number,
  pay: (billNo: string, date: IsoDate, amountPence: number) => void,
): void {
  const due = netOf(notice.charge) + notice.costsPence;
  if (due <= 0 || behaviour === 'none') return;
  const firstMonth = `${addDays(notice.issued.slice(0, 8) + '01', 32).slice(0, 8)}01`;
  const months: IsoDate[] = [];
  for (let month = firstMonth; month <= notice.to && months.length < 10; month = `${addDays(month, 32).slice(0, 8)}01`) months.push(month);
  const each = Math.floor(due / months.length);
  const stopAfter = behaviour === 'partial' ? random.int(1, 4) : months.length;
  months.forEach((month, index) => {
    if (index >= stopAfter || (end !== null && month > end)) return;
    const day = debitDay || random.int(1, 28);
    const date = addDays(`${month.slice(0, 8)}${String(day).padStart(2, '0')}`, behaviour === 'late' ? random.int(20, 45) : 0);
    if (date <= asOf) pay(notice.billNo, date, index === 0 ? due - each * (months.length - 1) : each);
  });
}

/** The legacy system billed a stale rateable value, or applied transitional relief the extract gives no basis for. */
function legacyDifference(random: Random, engine: NoticeCharge, year: FinancialYear, group: Group, account: Account): { charge: NoticeCharge; difference: ChargeDifference | null } {
  const engineChargePence = netOf(engine);
  if (random.chance(0.5)) {
    const staleRv = Math.round((group.property.rv * random.int(80, 120)) / 100 / 50) * 50;
    const charge = engineCharge(year, { start: later(account.liability.start, year.start), end: year.end }, group.property, account, staleRv);
    const legacyChargePence = netOf(charge);
    if (legacyChargePence === engineChargePence) return { charge: engine, difference: null };
    return { charge, difference: { reason: 'stale-rateable-value', legacyChargePence, engineChargePence, detail: `billed at RV ${staleRv}, the property's RV is ${group.property.rv}` } };
  }
  const transitionalPence = Math.floor(engineChargePence / 100) * 8;
  if (transitionalPence <= 0) return { charge: engine, difference: null };
  const charge = { ...engine, transitionalPence };
  return { charge, difference: { reason: 'transitional-relief', legacyChargePence: netOf(charge), engineChargePence, detail: `transitional relief of ${transitionalPence} pence, with no previous RV in the extract` } };
}

/** The first of the month `months` after `first`, kept within the year before. */
function addMonthsTo(first: IsoDate, months: number, year: FinancialYear): IsoDate {
  let month = first;
  for (let step = 0; step < months; step += 1) month = `${addDays(month, 32).slice(0, 8)}01`;
  return earlier(month, year.end);
}
