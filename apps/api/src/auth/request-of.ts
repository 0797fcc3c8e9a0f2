import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Actor } from '../../../../libs/tenancy/src/index.js';

export type AuthenticatedRequest = Request & { actor?: Actor; id?: string | number };

/** The HTTP request behind a REST call or a GraphQL operation. */
export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<'http' | 'graphql'>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
