import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Council } from '../domain/council.js';

/** Every council on the service: operators only. */
export class ListCouncilsQuery extends Query<Council[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
