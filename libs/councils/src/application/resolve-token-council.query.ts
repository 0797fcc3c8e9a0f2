import { Query } from '@nestjs/cqrs';

export interface TokenCouncil {
  readonly councilId: string;
  readonly active: boolean;
}

/** Which council a verified token's council code names, and whether it may use the service. */
export class ResolveTokenCouncilQuery extends Query<TokenCouncil | null> {
  constructor(readonly councilCode: string) {
    super();
  }
}
