import { isIsoDate, PolicyPluginError, type IsoDate } from '../../../kernel/src/index.js';
import type {
  CouncilPolicyPlugin, DecisionName, GrantApplicationFacts, GrantAssessment, InstalmentFacts, InstalmentPolicyDecision, LocalReliefDecision, NoticeFacts,
  NoticeWordingDecision, RatedLiabilityFacts, RecoveryPolicyDecision, WriteOffPolicyDecision,
} from '../../../policy-sdk/src/index.js';
import { settingProblem } from '../../../policy-sdk/src/index.js';
import { checkGrantAssessment, checkInstalments, checkLocalReliefs, checkNoticeWording, checkRecovery, checkWriteOffs, type Checked } from './answer-checks.js';
import { frozenCopy } from './deep-freeze.js';
import { guardedCall, guardedCalls } from './guarded-call.js';
import type { PluginRegistry } from './plugin-registry.js';
import { settingsFor, type CouncilPolicyVersion } from './policy-version.js';

/** A decision as decided, and by which plugin (for the notice, the preview and the auditors). */
export type Decided<T> = T & { readonly decidedBy: string };
export type DecidedRelief = LocalReliefDecision & { readonly decidedBy: string };

/** A grant scheme a council's plugins offer. */
export interface GrantSchemeInForce {
  /** `pluginId:key`. */
  readonly id: string;
  readonly pluginId: string;
  readonly key: string;
  readonly name: string;
  readonly opensOn: IsoDate;
  readonly closesOn: IsoDate;
}

interface Asked {
  readonly plugin: CouncilPolicyPlugin;
  readonly settings: Readonly<Record<string, unknown>>;
}

/**
 * A council's policy in force: its plugins in order, each with its settings. Every question goes
 * through here, so every answer is guarded (time, exceptions) and checked before the core uses it.
 */
export class CouncilPolicy {
  private readonly asked: readonly Asked[];

  constructor(
    readonly version: CouncilPolicyVersion,
    registry: PluginRegistry,
  ) {
    this.asked = version.plugins.map((id) => {
      const plugin = registry.get(id);
      // A stored version naming a plugin no longer deployed cannot be used: fail, never guess.
      if (!plugin) throw new PolicyPluginError(id, 'anything', 'is named in the council policy but is not registered in this service');
      const settings = settingsFor(plugin, version);
      // Values stored under an older declaration are checked again: a tightened limit holds for them too.
      for (const [key, value] of Object.entries(settings)) {
        const problem = settingProblem(plugin.settings[key], value);
        if (problem) throw new PolicyPluginError(id, 'settings', `the council's stored ${key} ${problem}; set the policy again`);
      }
      return { plugin, settings: frozenCopy(settings) };
    });
  }

  /** Every plugin's local reliefs for each liability-year, in plugin order. */
  localReliefs(liabilities: readonly RatedLiabilityFacts[]): DecidedRelief[][] {
    const answers = liabilities.map((): DecidedRelief[] => []);
    const facts = liabilities.map(frozenCopy);
    for (const { plugin, settings } of this.asked) {
      const decide = plugin.decisions.localReliefs;
      if (!decide) continue;
      guardedCalls(plugin.id, 'localReliefs', facts, (each) => decide(each, settings as never)).forEach((answer, index) => {
        answers[index].push(...accept(plugin.id, 'localReliefs', checkLocalReliefs(answer)).map((relief) => ({ ...relief, decidedBy: plugin.id })));
      });
    }
    return answers;
  }

  /** Whether any of the council's plugins gives local reliefs: if none does, there is nothing to ask. */
  get decidesLocalReliefs(): boolean {
    return this.asked.some(({ plugin }) => plugin.decisions.localReliefs !== undefined);
  }

  instalments(account: InstalmentFacts): Decided<InstalmentPolicyDecision> | null {
    return this.instalmentsFor([account])[0];
  }

  /** The instalment decision for many accounts, asked of the deciding plugin in one guarded call. */
  instalmentsFor(accounts: readonly InstalmentFacts[]): Array<Decided<InstalmentPolicyDecision> | null> {
    const deciding = this.asked.find(({ plugin }) => plugin.decisions.instalments);
    if (!deciding) return accounts.map(() => null);
    const { plugin, settings } = deciding;
    const decide = plugin.decisions.instalments as NonNullable<CouncilPolicyPlugin['decisions']['instalments']>;
    return guardedCalls(plugin.id, 'instalments', accounts.map(frozenCopy), (account) => decide(account, settings as never)).map((answer) => ({
      ...accept(plugin.id, 'instalments', checkInstalments(answer)),
      decidedBy: plugin.id,
    }));
  }

  recovery(): Decided<RecoveryPolicyDecision> | null {
    return this.first('recovery', checkRecovery, (decide, settings) => decide(settings));
  }

  writeOffs(): Decided<WriteOffPolicyDecision> | null {
    return this.first('writeOffs', checkWriteOffs, (decide, settings) => decide(settings));
  }

  /** A notice's wording, each part from the first plugin (in the council's order) that words it. */
  noticeWording(notice: NoticeFacts): NoticeWordingDecision {
    let wording: NoticeWordingDecision = {};
    for (const { plugin, settings } of this.asked) {
      const decide = plugin.decisions.noticeWording;
      if (!decide) continue;
      const answer = accept(plugin.id, 'noticeWording', checkNoticeWording(guardedCall(plugin.id, 'noticeWording', () => decide(frozenCopy(notice), settings as never))));
      wording = { ...answer, ...wording };
    }
    return wording;
  }

  /** The grant schemes the council's plugins offer, with their opening days, as `pluginId:key`. */
  grantSchemes(): GrantSchemeInForce[] {
    return this.asked.flatMap(({ plugin, settings }) =>
      (plugin.grantSchemes ?? []).map((scheme) => {
        const opensOn = guardedCall(plugin.id, `grantSchemes.${scheme.key}.opensOn`, () => scheme.opensOn(settings as never));
        const closesOn = guardedCall(plugin.id, `grantSchemes.${scheme.key}.closesOn`, () => scheme.closesOn(settings as never));
        if (!isIsoDate(opensOn) || !isIsoDate(closesOn) || closesOn < opensOn) {
          throw new PolicyPluginError(plugin.id, `grantSchemes.${scheme.key}`, 'opensOn and closesOn must be dates, closing on or after opening');
        }
        return { id: `${plugin.id}:${scheme.key}`, pluginId: plugin.id, key: scheme.key, name: scheme.name, opensOn, closesOn };
      }),
    );
  }

  /** A grant scheme's assessment of an application, checked. */
  assessGrant(schemeId: string, application: GrantApplicationFacts): GrantAssessment {
    const [pluginId, key] = schemeId.split(':');
    const asked = this.asked.find((each) => each.plugin.id === pluginId);
    const scheme = asked?.plugin.grantSchemes?.find((each) => each.key === key);
    if (!asked || !scheme) throw new PolicyPluginError(pluginId, `grantSchemes.${key}`, 'is not a grant scheme of this council');
    const answer = guardedCall(pluginId, `grantSchemes.${key}.assess`, () => scheme.assess(frozenCopy(application), asked.settings as never));
    return accept(pluginId, `grantSchemes.${key}.assess`, checkGrantAssessment(answer));
  }

  /** The first plugin, in the council's order, that makes this decision decides it. */
  private first<N extends DecisionName, T>(
    name: N,
    check: (answer: unknown) => Checked<T>,
    ask: (decide: NonNullable<CouncilPolicyPlugin['decisions'][N]>, settings: never) => unknown,
  ): Decided<T> | null {
    for (const { plugin, settings } of this.asked) {
      const decide = plugin.decisions[name];
      if (!decide) continue;
      const answer = guardedCall(plugin.id, name, () => ask(decide as NonNullable<CouncilPolicyPlugin['decisions'][N]>, settings as never));
      return { ...accept(plugin.id, name, check(answer)), decidedBy: plugin.id };
    }
    return null;
  }
}

function accept<T>(pluginId: string, decision: string, checked: Checked<T>): T {
  if (!checked.ok) throw new PolicyPluginError(pluginId, decision, checked.reason);
  return checked.value;
}
