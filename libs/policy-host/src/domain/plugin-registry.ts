import { POLICY_SDK_VERSION, settingProblem, type CouncilPolicyPlugin } from '../../../policy-sdk/src/index.js';

export const NATIONAL_PLUGIN_ID = 'national';
const PLUGIN_ID = /^[a-z0-9]+(-[a-z0-9]+)*(\/[a-z0-9]+(-[a-z0-9]+)*)?$/;

/**
 * The plugins this deployment runs, registered at start-up (councils are registered, never imported
 * by the core). Registration refuses a plugin written for another SDK major, a malformed id, a
 * duplicate, or a default that breaks its own setting's declaration: a core update that would
 * break a council's plugin stops the service starting, rather than mis-billing.
 */
export class PluginRegistry {
  private readonly plugins = new Map<string, CouncilPolicyPlugin>();

  constructor(plugins: readonly CouncilPolicyPlugin[]) {
    for (const plugin of plugins) this.register(plugin);
    if (!this.plugins.has(NATIONAL_PLUGIN_ID)) throw new Error(`the '${NATIONAL_PLUGIN_ID}' plugin (the statutory baseline) must be registered`);
  }

  get(id: string): CouncilPolicyPlugin | undefined {
    return this.plugins.get(id);
  }

  all(): CouncilPolicyPlugin[] {
    return [...this.plugins.values()];
  }

  private register(plugin: CouncilPolicyPlugin): void {
    const refuse = (why: string) => {
      throw new Error(`council policy plugin ${plugin.id}: ${why}`);
    };
    if (!PLUGIN_ID.test(plugin.id)) refuse('an id is lower-case words joined by hyphens, optionally council/policy');
    if (this.plugins.has(plugin.id)) refuse('is registered twice');
    if (plugin.sdkVersion !== POLICY_SDK_VERSION.major) refuse(`was written for policy SDK ${plugin.sdkVersion}; this core runs ${POLICY_SDK_VERSION.major}`);
    for (const [key, definition] of Object.entries(plugin.settings)) {
      const problem = settingProblem(definition, definition.default);
      if (problem) refuse(`setting ${key}'s default ${problem}`);
    }
    const schemeKeys = (plugin.grantSchemes ?? []).map((scheme) => scheme.key);
    if (new Set(schemeKeys).size !== schemeKeys.length) refuse('has two grant schemes with one key');
    this.plugins.set(plugin.id, plugin);
  }
}
