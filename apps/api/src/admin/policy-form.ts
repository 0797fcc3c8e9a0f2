import type { FormField, LocalProblem } from './admin-forms.js';
import { formatPence, poundsToPence } from './presentation.js';

export interface PolicySetting {
  key: string;
  description: string;
  type: string;
  value: unknown;
  defaultValue: unknown;
  source: string;
}

export interface PolicyPlugin {
  id: string;
  name: string;
  description: string;
  settings: PolicySetting[];
}

/** The national baseline: always asked last, added by the API, never chosen or set. */
export const NATIONAL_PLUGIN_ID = 'national';

/** One setting as a form field: its id and name in the page, and its value as typed. */
export interface SettingField {
  readonly id: string;
  readonly pluginId: string;
  readonly setting: PolicySetting;
  readonly label: string;
  readonly typed: string;
}

/** The form's fields for the settings of the council's plugins, with their values in force written as staff type them. */
export function settingFields(plugins: readonly PolicyPlugin[]): SettingField[] {
  return plugins
    .filter((plugin) => plugin.id !== NATIONAL_PLUGIN_ID)
    .flatMap((plugin) =>
      plugin.settings.map((setting) => ({
        id: `setting-${plugin.id.replace(/[^a-z0-9]+/gi, '-')}-${setting.key}`,
        pluginId: plugin.id,
        setting,
        // Amounts are typed in pounds, so a key's 'Pence' is not part of the label.
        label: `${plugin.name}: ${humanise(setting.type === 'pence' ? setting.key.replace(/Pence$/, '') : setting.key)}`,
        typed: typedValue(setting),
      })),
    );
}

/** Where the API's errors about settings (`settings.<plugin>.<key>`) are shown. */
export function settingFormFields(fields: readonly SettingField[]): Record<string, FormField> {
  return Object.fromEntries(fields.map((field) => [`settings.${field.pluginId}.${field.setting.key}`, { id: field.id, label: field.label }]));
}

/**
 * The settings submitted, as the API takes them: by plugin id, then key, only those that differ
 * from the national default. Values that cannot be read as their type are noted as problems.
 */
export function submittedSettings(fields: readonly SettingField[], body: Record<string, unknown>, problems: LocalProblem[]): Record<string, Record<string, unknown>> {
  const settings: Record<string, Record<string, unknown>> = {};
  for (const field of fields) {
    const raw = typeof body[field.id] === 'string' ? (body[field.id] as string).trim() : '';
    const value = parseSetting(field.setting.type, raw);
    if (value === undefined) {
      problems.push({ field: `settings.${field.pluginId}.${field.setting.key}`, reason: READABLE[field.setting.type] ?? 'must be entered' });
      continue;
    }
    if (JSON.stringify(value) === JSON.stringify(field.setting.defaultValue)) continue;
    (settings[field.pluginId] ??= {})[field.setting.key] = value;
  }
  return settings;
}

const READABLE: Record<string, string> = {
  'whole-number': 'must be a whole number',
  pence: 'must be an amount in pounds and pence, such as 50.00',
  'yes-no': 'must be yes or no',
};

function parseSetting(type: string, raw: string): unknown {
  switch (type) {
    case 'whole-number':
      return /^-?\d{1,15}$/.test(raw) ? Number(raw) : undefined;
    case 'pence':
      return poundsToPence(raw) ?? undefined;
    case 'yes-no':
      return raw === 'yes' ? true : raw === 'no' ? false : undefined;
    case 'text-list':
      return raw.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
    default:
      // Percent, date and text are text to the API, which checks their form.
      return raw;
  }
}

function typedValue(setting: PolicySetting): string {
  if (setting.type === 'pence') return formatPence(setting.value).replace('£', '').replaceAll(',', '');
  if (setting.type === 'yes-no') return setting.value ? 'yes' : 'no';
  if (setting.type === 'text-list' && Array.isArray(setting.value)) return setting.value.join('\n');
  return String(setting.value ?? '');
}

function humanise(key: string): string {
  const words = key.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
