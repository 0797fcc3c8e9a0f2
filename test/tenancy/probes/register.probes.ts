import type { ProbeSet } from '../isolation-world.js';

/** Business rates register: a probe for every route and field it adds. */
export const registerProbes: ProbeSet = {
  rest: {},
  graphql: {},
};
