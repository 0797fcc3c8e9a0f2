import { InvalidInputError } from '../errors.js';

/** For tests: the field an action's InvalidInputError names, or undefined if it succeeds. Other errors propagate. */
export function invalidField(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.field;
    throw error;
  }
  return undefined;
}
