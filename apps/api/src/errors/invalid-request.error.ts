import type { ValidationError } from 'class-validator';

export interface FieldProblem {
  readonly field: string;
  readonly reason: string;
}

/** A request whose fields break the input contract (wrong type, unknown field, missing value). */
export class InvalidRequestError extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.reason}`).join('; '));
  }

  /** Flattens class-validator's tree into one problem per field, with dotted paths for nested fields. */
  static fromValidation(errors: ValidationError[], parent = ''): InvalidRequestError {
    return new InvalidRequestError(flatten(errors, parent));
  }
}

function flatten(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, reason: message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
