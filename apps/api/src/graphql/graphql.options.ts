import type { ApolloDriverConfig } from '@nestjs/apollo';
import depthLimit from 'graphql-depth-limit';
import { queryCostLimit } from './query-cost.plugin.js';

export function graphqlOptions(limits: { maxDepth: number; maxCost: number }): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { dateScalarMode: 'isoDate' },
    // The Apollo landing page loads from a CDN; the schema is open to introspection instead.
    playground: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(limits.maxDepth)],
    plugins: [queryCostLimit(limits.maxCost)],
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
  };
}
