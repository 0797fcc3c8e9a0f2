import type {
  InstalmentPolicyDecision, LocalReliefDecision, NoticeWordingDecision, RecoveryPolicyDecision, WriteOffPolicyDecision,
} from './decisions.js';
import type { InstalmentFacts, NoticeFacts, RatedLiabilityFacts } from './facts.js';
import type { GrantSchemeDefinition } from './grant-schemes.js';
import type { SettingDefinitions, SettingValues } from './settings.js';

/**
 * A council's local policy. Every decision is optional: a council's plugins are asked in the order
 * the council lists them, the first to answer a decision decides it (local reliefs and grant
 * schemes from every plugin count), and the statutory baseline holds where none answers.
 * Decisions are plain functions of the facts and the settings: no I/O, no clock, no randomness, so
 * a bill can be recomputed and a preview trusted.
 */
export interface CouncilPolicyPlugin<S extends SettingDefinitions = SettingDefinitions> {
  /** Such as 'quantock-vale/village-shops': the council's slug, then the policy's. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The SDK major version the plugin was written for (POLICY_SDK_VERSION.major). */
  readonly sdkVersion: number;
  readonly settings: S;
  readonly decisions: {
    readonly localReliefs?: (liability: RatedLiabilityFacts, settings: SettingValues<S>) => readonly LocalReliefDecision[];
    readonly instalments?: (account: InstalmentFacts, settings: SettingValues<S>) => InstalmentPolicyDecision;
    readonly recovery?: (settings: SettingValues<S>) => RecoveryPolicyDecision;
    readonly writeOffs?: (settings: SettingValues<S>) => WriteOffPolicyDecision;
    readonly noticeWording?: (notice: NoticeFacts, settings: SettingValues<S>) => NoticeWordingDecision;
  };
  readonly grantSchemes?: ReadonlyArray<GrantSchemeDefinition<SettingValues<S>>>;
}

/**
 * Declares a plugin with its settings' types inferred, so its decisions read `settings.percent` as
 * text. The result is the plugin as the core holds it: the core only ever passes a plugin the
 * values of the settings it declared, each checked against its declaration, so forgetting the
 * precise types here is sound.
 */
export function definePlugin<const S extends SettingDefinitions>(plugin: CouncilPolicyPlugin<S>): CouncilPolicyPlugin {
  return plugin as unknown as CouncilPolicyPlugin;
}

export type DecisionName = keyof CouncilPolicyPlugin['decisions'];
