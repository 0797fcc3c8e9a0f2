import { createParamDecorator, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { requestOf } from './request-of.js';

/** The authenticated actor, set by the bearer-token guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = requestOf(context).actor;
  if (!actor) throw new UnauthorizedException('a bearer token is required');
  return actor;
});
