import type { ProbeSet } from '../isolation-world.js';

/** Business rates recovery: a probe for every route and field it adds. */
export const recoveryProbes: ProbeSet = {
  rest: {},
  graphql: {},
};
