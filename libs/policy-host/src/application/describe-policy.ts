import type { IsoDate } from '../../../kernel/src/index.js';
import type { CouncilPolicyPlugin } from '../../../policy-sdk/src/index.js';
import type { PluginRegistry } from '../domain/plugin-registry.js';
import { settingsFor, type CouncilPolicyVersion } from '../domain/policy-version.js';

export interface SettingDescription {
  readonly key: string;
  readonly type: string;
  readonly description: string;
  readonly value: unknown;
  readonly defaultValue: unknown;
  /** Whether the council has set it, or the plugin's default holds. */
  readonly source: 'council' | 'default';
}

export interface PluginDescription {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly sdkVersion: number;
  /** The decisions it makes. */
  readonly decisions: readonly string[];
  readonly grantSchemes: ReadonlyArray<{ readonly key: string; readonly name: string }>;
  readonly settings: readonly SettingDescription[];
}

export interface CouncilPolicyDescription {
  readonly effectiveFrom: IsoDate;
  /** `council` once the council has set a version; `national-baseline` until then. */
  readonly source: 'council' | 'national-baseline';
  readonly plugins: readonly PluginDescription[];
}

/** A plugin, as a revenues manager reads it: what it decides and each setting with its value. */
export function describePlugin(plugin: CouncilPolicyPlugin, version: CouncilPolicyVersion | null): PluginDescription {
  const values = version ? settingsFor(plugin, version) : Object.fromEntries(Object.entries(plugin.settings).map(([key, definition]) => [key, definition.default]));
  const chosen = version?.settings[plugin.id] ?? {};
  return {
    id: plugin.id,
    name: plugin.name,
    description: plugin.description,
    sdkVersion: plugin.sdkVersion,
    decisions: Object.keys(plugin.decisions),
    grantSchemes: (plugin.grantSchemes ?? []).map((scheme) => ({ key: scheme.key, name: scheme.name })),
    settings: Object.entries(plugin.settings).map(([key, definition]) => ({
      key, type: definition.type, description: definition.description, value: values[key], defaultValue: definition.default, source: key in chosen ? 'council' : 'default',
    })),
  };
}

export function describePolicy(registry: PluginRegistry, version: CouncilPolicyVersion, source: CouncilPolicyDescription['source']): CouncilPolicyDescription {
  return {
    effectiveFrom: version.effectiveFrom,
    source,
    plugins: version.plugins.flatMap((id) => {
      const plugin = registry.get(id);
      return plugin ? [describePlugin(plugin, version)] : [];
    }),
  };
}
