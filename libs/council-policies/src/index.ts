import type { CouncilPolicyPlugin } from '../../policy-sdk/src/index.js';
import { brueValleyHighStreet } from '../brue-valley/index.js';
import { levelsAndMoorsCollection } from '../levels-and-moors/index.js';
import { nationalBaseline } from '../national/index.js';
import { villageShopRelief } from '../quantock-vale/index.js';

/**
 * Every council policy plugin this deployment runs: the one place they are registered. The core
 * never imports a council's folder; the apps pass this list to the policy host at start-up.
 */
export const COUNCIL_POLICY_PLUGINS: readonly CouncilPolicyPlugin[] = [nationalBaseline, villageShopRelief, levelsAndMoorsCollection, brueValleyHighStreet];
