/** A value on its way from a legacy cell to a canonical field. */
export type Value = string | number | boolean | null;

/** Why a value was refused. A class, not an exception: a bad cell is data, and rows are many. */
export class Refusal {
  constructor(readonly reason: string) {}
}

export function isRefusal(outcome: unknown): outcome is Refusal {
  return outcome instanceof Refusal;
}

/** One step of a field's transforms. */
export type Step = (value: Value) => Value | Refusal;

/** The first step of a field read from several columns: makes one value of them. */
export type Combine = (values: readonly Value[]) => Value | Refusal;

/** A transform's arguments are wrong: a mistake in the profile, reported when it is loaded. */
export class ProfileArgumentError extends Error {}
