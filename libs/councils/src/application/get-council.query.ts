import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Council } from '../domain/council.js';

/** One council: an operator may name any; anyone else gets only their own (`councilId` omitted or equal). */
export class GetCouncilQuery extends Query<Council> {
  constructor(
    readonly actor: Actor,
    readonly councilId?: string,
  ) {
    super();
  }
}
