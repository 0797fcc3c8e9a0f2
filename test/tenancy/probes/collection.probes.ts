import type { ProbeSet } from '../isolation-world.js';

/** Business rates collection: a probe for every route and field it adds. */
export const collectionProbes: ProbeSet = {
  rest: {},
  graphql: {},
};
