import type { ProbeSet } from '../isolation-world.js';

/** Business rates billing: a probe for every route and field it adds. */
export const billingProbes: ProbeSet = {
  rest: {},
  graphql: {},
};
