import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriver } from '@nestjs/apollo';
import type { Request } from 'express';

/** A field the API named in its error, with the reason: shown next to that field. */
export interface ApiFieldProblem {
  readonly field: string;
  readonly reason: string;
}

/** The API refused an operation: its message, status, code and any field problems. */
export class ApiOperationError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
    readonly problems: readonly ApiFieldProblem[],
  ) {
    super(message);
  }
}

interface GraphqlErrorShape {
  message: string;
  extensions?: { code?: string; status?: number; problems?: ApiFieldProblem[] };
}

/**
 * Runs the admin pages' operations on the service's own GraphQL schema through Apollo, with the
 * signed-in user's token in the same context an HTTP call would have: the same guard, resolvers,
 * authorisation, validation and audit. The UI never reaches below the API.
 */
@Injectable()
export class AdminGraphql {
  constructor(private readonly modules: ModuleRef) {}

  async execute<T>(request: Request, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const apollo = this.modules.get(GraphQLModule, { strict: false }).graphQlAdapter as ApolloDriver;
    // The API's request as the guard sees it: this request's id, with the user's token as its bearer.
    const apiRequest = Object.create(request, {
      headers: { value: { ...request.headers, authorization: `Bearer ${token}`, cookie: undefined }, enumerable: true },
    }) as Request;
    const response = await apollo.instance.executeOperation<T & Record<string, unknown>>(
      { query, variables },
      { contextValue: { req: apiRequest, res: undefined } },
    );
    if (response.body.kind !== 'single') throw new Error('the admin UI does not use incremental delivery');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw toOperationError(errors as GraphqlErrorShape[]);
    return data as T;
  }
}

function toOperationError(errors: GraphqlErrorShape[]): ApiOperationError {
  const first = errors[0] as GraphqlErrorShape;
  const problems = errors.flatMap((error) => error.extensions?.problems ?? []);
  return new ApiOperationError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.status ?? 500, problems);
}
