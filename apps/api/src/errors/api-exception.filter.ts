import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { GqlContextType } from '@nestjs/graphql';
import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { describeError } from './describe-error.js';
import type { AuthenticatedRequest } from '../auth/request-of.js';

/**
 * One place that turns errors into responses, for REST and GraphQL alike: a clear 4xx for
 * bad requests, and for anything unexpected a 500 that is logged but not described.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): unknown {
    const description = describeError(error);
    if (description.status >= 500) this.logger.error(withoutPersonalData(error), description.code === 'POLICY_PLUGIN_FAILED' ? 'council policy plugin failed' : 'unexpected error');
    if (host.getType<GqlContextType>() === 'graphql') {
      return new GraphQLError(description.message, {
        extensions: { code: description.code, status: description.status, problems: description.problems },
      });
    }
    const http = host.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    http.getResponse<Response>().status(description.status).json({
      statusCode: description.status,
      code: description.code,
      message: description.message,
      ...(description.problems ? { problems: description.problems } : {}),
      requestId: request.id,
    });
    return undefined;
  }
}

/**
 * What is safe to log about an unexpected error. Database errors carry the statement's parameters
 * and the offending values, which may be personal data, so only their kind and location are kept.
 */
function withoutPersonalData(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { errorClass: typeof error };
  const driver = (error as { driverError?: { code?: string; constraint?: string; table?: string } }).driverError;
  return {
    errorClass: error.constructor.name,
    ...(driver ? { sqlState: driver.code, constraint: driver.constraint, table: driver.table } : { message: error.message }),
    stack: error.stack?.split('\n').slice(1).join('\n'),
  };
}
