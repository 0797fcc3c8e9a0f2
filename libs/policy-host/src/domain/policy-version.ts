import { addDays, InvalidInputError, isIsoDate, type IsoDate } from '../../../kernel/src/index.js';
import { settingProblem, type CouncilPolicyPlugin } from '../../../policy-sdk/src/index.js';
import { NATIONAL_PLUGIN_ID, type PluginRegistry } from './plugin-registry.js';

/** A council's policy from a day: which plugins, in what order, and the settings it has changed from their defaults. */
export interface CouncilPolicyVersion {
  readonly effectiveFrom: IsoDate;
  /** Asked in this order; the national baseline is always last. */
  readonly plugins: readonly string[];
  /** By plugin id, then setting key: only the values the council has set. */
  readonly settings: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** What every council has until it sets a policy of its own. */
export const NATIONAL_BASELINE: CouncilPolicyVersion = { effectiveFrom: '1990-04-01', plugins: [NATIONAL_PLUGIN_ID], settings: {} };

const MAXIMUM_PLUGINS = 20;

/** Refuses a version that names an unknown plugin or setting, or a value its declaration does not allow, naming the field. */
export function checkPolicyVersion(registry: PluginRegistry, effectiveFrom: unknown, plugins: unknown, settings: unknown): CouncilPolicyVersion {
  if (!isIsoDate(effectiveFrom)) throw new InvalidInputError('effectiveFrom', 'must be a date such as 2025-04-01');
  if (!Array.isArray(plugins) || plugins.length > MAXIMUM_PLUGINS) throw new InvalidInputError('plugins', `must be a list of at most ${MAXIMUM_PLUGINS} plugin ids`);
  plugins.forEach((id, index) => {
    if (typeof id !== 'string' || !registry.get(id)) throw new InvalidInputError(`plugins[${index}]`, `is not a plugin this service runs (${registry.all().map((plugin) => plugin.id).join(', ')})`);
    if (plugins.indexOf(id) !== index) throw new InvalidInputError(`plugins[${index}]`, 'is listed twice');
    if (id === NATIONAL_PLUGIN_ID && index !== plugins.length - 1) throw new InvalidInputError(`plugins[${index}]`, 'the national baseline is always asked last');
  });
  const ordered = plugins.includes(NATIONAL_PLUGIN_ID) ? [...plugins] : [...plugins, NATIONAL_PLUGIN_ID];
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) throw new InvalidInputError('settings', 'must be an object of settings by plugin id');
  for (const [pluginId, values] of Object.entries(settings)) {
    const plugin = ordered.includes(pluginId) ? registry.get(pluginId) : undefined;
    if (!plugin) throw new InvalidInputError(`settings.${pluginId}`, "is not one of the council's plugins");
    if (values === null || typeof values !== 'object' || Array.isArray(values)) throw new InvalidInputError(`settings.${pluginId}`, 'must be an object of setting values');
    for (const [key, value] of Object.entries(values)) {
      const definition = plugin.settings[key];
      if (!definition) throw new InvalidInputError(`settings.${pluginId}.${key}`, `is not a setting of ${pluginId} (${Object.keys(plugin.settings).join(', ') || 'it has none'})`);
      const problem = settingProblem(definition, value);
      if (problem) throw new InvalidInputError(`settings.${pluginId}.${key}`, problem);
    }
  }
  return { effectiveFrom, plugins: ordered, settings: settings as CouncilPolicyVersion['settings'] };
}

/** A plugin's settings as its decisions see them: the council's values over the declared defaults. */
export function settingsFor(plugin: CouncilPolicyPlugin, version: CouncilPolicyVersion): Record<string, unknown> {
  const chosen = version.settings[plugin.id] ?? {};
  return Object.fromEntries(Object.entries(plugin.settings).map(([key, definition]) => [key, key in chosen ? chosen[key] : definition.default]));
}

/**
 * The versions in force over a period, each with the days it covers there: the national baseline
 * before the council's first version, each version until the day before the next.
 */
export function versionsOver(versions: readonly CouncilPolicyVersion[], period: { readonly start: IsoDate; readonly end: IsoDate }): Array<{ readonly period: { start: IsoDate; end: IsoDate }; readonly version: CouncilPolicyVersion }> {
  const ordered = [NATIONAL_BASELINE, ...[...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1))];
  return ordered.flatMap((version, index) => {
    const next = ordered[index + 1];
    const start = version.effectiveFrom > period.start ? version.effectiveFrom : period.start;
    const lastDay = next ? addDays(next.effectiveFrom, -1) : period.end;
    const end = lastDay < period.end ? lastDay : period.end;
    return start <= end ? [{ period: { start, end }, version }] : [];
  });
}
