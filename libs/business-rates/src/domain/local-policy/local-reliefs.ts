import { addDays, splitAt, type DatePeriod, type IsoDate } from '../../../../kernel/src/index.js';
import type { LocalReliefDecision, RatedLiabilityFacts } from '../../../../policy-sdk/src/index.js';
import type { AccountYearFacts, LiabilityFacts, ReliefAwardFacts } from '../billing/account-year-facts.js';

/** What answers local relief questions: a council's policy (its plugins, guarded and checked by the policy host). */
export interface LocalReliefSource {
  readonly decidesLocalReliefs: boolean;
  localReliefs(liabilities: readonly RatedLiabilityFacts[]): ReadonlyArray<ReadonlyArray<LocalReliefDecision & { readonly decidedBy: string }>>;
}

/** A council policy version and the days of the year it was in force. */
export interface PolicyWindow {
  readonly period: DatePeriod;
  readonly policy: LocalReliefSource;
}

interface Piece {
  readonly account: number;
  readonly liability: number;
  readonly period: DatePeriod;
  readonly facts: RatedLiabilityFacts;
}

/**
 * Accounts' years with the reliefs the council's local schemes give added to each liability, as
 * dated awards the engine applies after the statutory reliefs. A plugin is asked about each piece of
 * a liability's days over which nothing it is told changes: cut where the council's policy version
 * changes, and where the rateable value or occupation does, so a shop revalued above a scheme's
 * limit in October loses the relief from that day. One question per policy version for all the
 * accounts, so a billing run asks a plugin once a chunk.
 */
export function withLocalReliefs(accounts: readonly AccountYearFacts[], windows: readonly PolicyWindow[]): AccountYearFacts[] {
  const added = accounts.map((account) => account.liabilities.map((): ReliefAwardFacts[] => []));
  for (const window of windows) {
    if (!window.policy.decidesLocalReliefs) continue;
    const pieces = accounts.flatMap((account, accountIndex) => account.liabilities.flatMap((liability, liabilityIndex) => piecesOf(account, accountIndex, liability, liabilityIndex, window.period)));
    const answers = window.policy.localReliefs(pieces.map((piece) => piece.facts));
    pieces.forEach((piece, index) => added[piece.account][piece.liability].push(...answers[index].flatMap((decision) => toAward(decision, piece.period))));
  }
  return accounts.map((account, accountIndex) => ({
    ...account,
    liabilities: account.liabilities.map((liability, liabilityIndex) =>
      added[accountIndex][liabilityIndex].length === 0 ? liability : { ...liability, reliefs: [...liability.reliefs, ...joinedUp(added[accountIndex][liabilityIndex])] },
    ),
  }));
}

function piecesOf(account: AccountYearFacts, accountIndex: number, liability: LiabilityFacts, liabilityIndex: number, window: DatePeriod): Piece[] {
  const start = [account.year.start, liability.startsOn, window.start].sort().at(-1) as IsoDate;
  const end = [account.year.end, liability.endsOn ?? account.year.end, window.end].sort()[0];
  if (start > end) return [];
  const cuts = [...liability.rateableValues.map((change) => change.from), ...liability.occupation.map((change) => change.from)];
  return splitAt({ start, end }, cuts).flatMap((period) => {
    const rateableValue = latestFrom(liability.rateableValues, period.start)?.value;
    if (rateableValue === undefined) return [];
    const occupied = latestFrom(liability.occupation.map((change) => ({ from: change.from, value: change.occupied })), period.start)?.value ?? true;
    const facts: RatedLiabilityFacts = {
      financialYear: account.year.label,
      yearStart: account.year.start,
      yearEnd: account.year.end,
      liability: { startsOn: liability.startsOn, endsOn: liability.endsOn, capacity: liability.capacity },
      property: {
        propertyUse: liability.propertyUse,
        scatCode: liability.scatCode ?? null,
        postcode: liability.postcode ?? null,
        description: liability.description ?? '',
        listedBuilding: liability.listedBuilding,
        rateableValue,
        occupied,
      },
      ratepayer: { kind: account.partyKind ?? account.ratepayerType, otherOccupiedProperties: otherOccupied(account, liability) },
    };
    return [{ account: accountIndex, liability: liabilityIndex, period, facts }];
  });
}

/** The ratepayer's other occupied properties in the year, counted as small business rate relief counts them. */
function otherOccupied(account: AccountYearFacts, liability: LiabilityFacts): number {
  const inYear = (other: LiabilityFacts) => other.startsOn <= account.year.end && (other.endsOn === null || other.endsOn >= account.year.start);
  const onThisAccount = new Set(
    account.liabilities.filter((other) => other.hereditamentId !== liability.hereditamentId && other.capacity === 'occupier' && inYear(other)).map((other) => other.hereditamentId),
  );
  return account.otherProperties.length + onThisAccount.size;
}

function latestFrom<T>(changes: ReadonlyArray<{ readonly from: IsoDate; readonly value: T }>, day: IsoDate): { readonly value: T } | undefined {
  return changes.filter((change) => change.from <= day).sort((a, b) => (a.from < b.from ? -1 : 1)).at(-1);
}

/** The decision's days within the piece, as an award; none if they do not meet. */
function toAward(decision: LocalReliefDecision & { readonly decidedBy: string }, piece: DatePeriod): ReliefAwardFacts[] {
  const startsOn = decision.startsOn && decision.startsOn > piece.start ? decision.startsOn : piece.start;
  const endsOn = decision.endsOn && decision.endsOn < piece.end ? decision.endsOn : piece.end;
  if (startsOn > endsOn) return [];
  const localScheme = { name: decision.scheme, ruleReference: decision.ruleReference, decidedBy: decision.decidedBy };
  const amount = decision.percent !== undefined ? { percent: decision.percent } : { annualAmountPence: decision.annualAmountPence as number };
  return [{ kind: decision.kind, startsOn, endsOn, localScheme, ...amount }];
}

/** Awards of one scheme on the same terms that follow on day to day are one award, so notices do not split lines for nothing. */
function joinedUp(awards: readonly ReliefAwardFacts[]): ReliefAwardFacts[] {
  const terms = (award: ReliefAwardFacts) => JSON.stringify({ ...award, startsOn: null, endsOn: null });
  const ordered = [...awards].sort((a, b) => terms(a).localeCompare(terms(b)) || (a.startsOn < b.startsOn ? -1 : 1));
  const joined: ReliefAwardFacts[] = [];
  for (const award of ordered) {
    const previous = joined.at(-1);
    if (previous?.endsOn && addDays(previous.endsOn, 1) === award.startsOn && terms(previous) === terms(award)) joined[joined.length - 1] = { ...previous, endsOn: award.endsOn };
    else joined.push(award);
  }
  return joined;
}
