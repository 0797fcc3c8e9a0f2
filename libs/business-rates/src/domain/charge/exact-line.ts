import { Exact, roundPoundsToPence, type DatePeriod } from '../../../../kernel/src/index.js';
import type { ChargeLine, LineCode } from './charge-line.js';

/** A line before rounding: its amount in exact pounds. Rounded half-up to the penny only when issued. */
export interface ExactLine extends Omit<ChargeLine, 'amountPence' | 'periodStart' | 'periodEnd'> {
  readonly pounds: Exact;
}

export function exactLine(
  code: LineCode,
  pounds: Exact,
  text: { description: string; rule: string; legislation: string },
  inputs: ChargeLine['inputs'],
): ExactLine {
  return { code, pounds, description: text.description, rule: text.rule, legislation: text.legislation, inputs };
}

/**
 * Rounds each line on its own, half-up (half a penny goes away from zero, so a relief mirrors the
 * charge it relieves), as council bills show them. Two guards keep the rounded lines honest: a
 * relief that takes everything left clears it to the penny, and no relief takes more than is left,
 * so rounding alone can never turn a charge into a credit.
 */
export function issue(lines: readonly ExactLine[], period: DatePeriod): ChargeLine[] {
  const issued: ChargeLine[] = [];
  let exactSoFar = new Exact(0);
  let penceSoFar = 0;
  for (const line of lines) {
    exactSoFar = exactSoFar.plus(line.pounds);
    let amountPence = roundPoundsToPence(line.pounds);
    if (line.pounds.isNegative() && exactSoFar.isZero()) amountPence = -penceSoFar;
    else if (amountPence < 0) amountPence = Math.max(amountPence, -penceSoFar);
    penceSoFar += amountPence;
    if (amountPence === 0 && line.code !== 'GROSS_CHARGE') continue;
    issued.push({
      code: line.code,
      description: line.description,
      amountPence,
      periodStart: period.start,
      periodEnd: period.end,
      rule: line.rule,
      legislation: line.legislation,
      inputs: line.inputs,
    });
  }
  return issued;
}

export function total(lines: readonly ExactLine[]): Exact {
  return lines.reduce((sum, line) => sum.plus(line.pounds), new Exact(0));
}
