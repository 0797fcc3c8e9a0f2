import {
  ForbiddenException,
  Injectable,
  ServiceUnavailableException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { ResolveTokenCouncilQuery } from '../../../../libs/councils/src/index.js';
import { IdentityProviderUnavailableError, InvalidTokenError, TokenVerifier } from '../../../../libs/identity/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { IS_PUBLIC } from './public.decorator.js';
import { requestOf } from './request-of.js';

/**
 * Everything needs a valid bearer token unless marked @Public(). The token's council code is
 * resolved to the council's id here, so every later step acts within that council only.
 */
@Injectable()
export class BearerTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly queries: QueryBus,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = requestOf(context);
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) {
      throw new UnauthorizedException('a bearer token is required (Authorization: Bearer <token>)');
    }
    request.actor = await this.actorFor(token, request.id === undefined ? undefined : String(request.id));
    return true;
  }

  private async actorFor(token: string, requestId: string | undefined): Promise<Actor> {
    let verified;
    try {
      verified = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) throw new UnauthorizedException(error.message);
      if (error instanceof IdentityProviderUnavailableError) throw new ServiceUnavailableException(error.message);
      throw error;
    }
    let councilId: string | null = null;
    if (verified.councilCode) {
      const council = await this.queries.execute(new ResolveTokenCouncilQuery(verified.councilCode));
      if (!council) throw new UnauthorizedException(`token names council "${verified.councilCode}", which is not on this service`);
      if (!council.active) throw new ForbiddenException(`council "${verified.councilCode}" is suspended`);
      councilId = council.councilId;
    }
    return { subject: verified.subject, roles: verified.roles, councilId, requestId };
  }
}
