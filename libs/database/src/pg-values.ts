/** A bigint column (which pg returns as text) as pence, refusing what a JavaScript number cannot hold exactly. */
export function pence(value: string | number | bigint): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${value} pence is beyond a safe integer`);
  return amount;
}
