/**
 * Errors the domain and application layers raise. Each transport (GraphQL, REST, CLI)
 * maps them to its own shape; none of them knows about HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'invalid-input' | 'not-found' | 'conflict' | 'forbidden' | 'policy-failed';
}

/** Input that breaks a rule. `field` names the offending field as the caller sent it. */
export class InvalidInputError extends DomainError {
  readonly kind = 'invalid-input' as const;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found' as const;
  constructor(
    readonly entity: string,
    readonly key: string,
  ) {
    super(`${entity} ${key} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict' as const;
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden' as const;
}

/**
 * A council policy plugin threw, ran too long, or answered with something plugins may not: the
 * calculation that asked it fails, naming the plugin and the decision, rather than use the answer.
 */
export class PolicyPluginError extends DomainError {
  readonly kind = 'policy-failed' as const;
  constructor(
    readonly pluginId: string,
    readonly decision: string,
    readonly reason: string,
  ) {
    super(`council policy plugin ${pluginId} failed deciding ${decision}: ${reason}`);
  }
}
