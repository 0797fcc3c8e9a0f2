import { expect } from '@jest/globals';
import type { Role } from '../../libs/tenancy/src/index.js';
import type { TestApi, TestCouncil } from '../support/test-api.js';

/**
 * Council A has data; council B holds a token for every council role. A probe shows that B,
 * through one route or field, sees and changes nothing of A's, even by guessing A's ids.
 */
export interface IsolationWorld {
  readonly api: TestApi;
  readonly a: TestCouncil & {
    readonly name: string;
    /** A revenues-manager token for council A. */
    readonly manager: string;
    /** Ids and references of A's data, by name, written by each probe set's seed. */
    readonly seeded: Record<string, string>;
    /** Text that must never appear in anything B receives: A's id, code and name, and what the seeds add. */
    readonly secrets: string[];
  };
  readonly b: TestCouncil & {
    readonly tokens: ReadonlyArray<readonly [Role, string]>;
    readonly manager: string;
  };
}

export type Probe = (world: IsolationWorld) => Promise<void>;

/** One area's probes: every REST route (`METHOD /path/{param}`) and GraphQL field (`Query.name`) it adds. */
export interface ProbeSet {
  /** Gives council A data of this area, recording ids in `world.a.seeded` and names in `world.a.secrets`. */
  readonly seed?: (world: IsolationWorld) => Promise<void>;
  readonly rest: Record<string, Probe>;
  readonly graphql: Record<string, Probe>;
}

/** Nothing of council A appears anywhere in a response body. */
export function expectNoTraceOfA(world: IsolationWorld, body: unknown): void {
  const text = JSON.stringify(body);
  for (const secret of world.a.secrets) expect(text).not.toContain(secret);
}

/** Runs a check with each of council B's tokens. */
export async function forEachTokenOfB(world: IsolationWorld, check: (token: string, role: Role) => Promise<void>): Promise<void> {
  for (const [role, token] of world.b.tokens) await check(token, role);
}

/** B's answer: `allowed` roles get `status` (their own council's data, or 404 for A's), the rest 403; never a trace of A. */
export function expectForRole(world: IsolationWorld, role: Role, allowed: readonly Role[], status: number, response: { status: number; body: unknown }): void {
  expect({ role, status: response.status }).toEqual({ role, status: allowed.includes(role) ? status : 403 });
  expectNoTraceOfA(world, response.body);
}

/** The same over GraphQL: `allowed` roles get `code` (none for success), the rest FORBIDDEN; never a trace of A. */
export function expectGraphqlForRole(world: IsolationWorld, role: Role, allowed: readonly Role[], code: string | undefined, body: { errors?: Array<{ extensions: { code: string } }> }): void {
  expect({ role, code: body.errors?.[0]?.extensions.code }).toEqual({ role, code: allowed.includes(role) ? code : 'FORBIDDEN' });
  expectNoTraceOfA(world, body);
}
