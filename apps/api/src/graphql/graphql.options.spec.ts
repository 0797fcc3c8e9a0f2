import { describe, expect, it } from '@jest/globals';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { graphqlOptions } from './graphql.options.js';

// The API's own schema is still flat, so the depth rule is checked against a nested one.
const nested = buildSchema(`
  type Query { account: Account }
  type Account { hereditament: Hereditament }
  type Hereditament { account: Account, reference: String }
`);

function problems(query: string, maxDepth: number): string[] {
  const rules = graphqlOptions({ maxDepth, maxCost: 1_000 }).validationRules ?? [];
  return validate(nested, parse(query), [...specifiedRules, ...(rules as typeof specifiedRules)]).map((error) => error.message);
}

describe('GraphQL depth limit', () => {
  const fourDeep = '{ account { hereditament { account { hereditament { reference } } } } }';

  it('accepts an operation within the configured depth', () => {
    expect(problems(fourDeep, 4)).toEqual([]);
  });

  it('refuses an operation deeper than the configured depth, saying so', () => {
    expect(problems(fourDeep, 3)).toEqual([expect.stringMatching(/exceeds maximum operation depth of 3/)]);
  });
});
