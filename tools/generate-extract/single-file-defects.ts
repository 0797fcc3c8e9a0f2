import type { Field } from './csv-file.js';
import type { DefectKind, InjectedDefect } from './manifest.js';
import type { Random } from './random.js';

/** How one single-file layout takes each defect it supports: the column, and how to spoil its value. */
export interface DefectRecipe {
  readonly column: string;
  readonly reason: string;
  /** The spoiled value: text, or raw bytes for an encoding defect. */
  spoil(good: string, random: Random): string | Buffer;
}

/**
 * Spoils one row of a single-file layout (open data, VOA). `duplicate-key` is special: the row is
 * written twice and the second copy is the defective one, so the caller writes `extraRow`.
 */
export function spoilRow(
  kind: DefectKind,
  recipes: Partial<Record<DefectKind, DefectRecipe>>,
  columns: readonly string[],
  fields: Field[],
  random: Random,
  format: string,
): { fields: Field[]; extraRow: boolean; column: string; value: string; bytesHex?: string; reason: string } {
  const recipe = recipes[kind];
  if (!recipe) throw new Error(`the ${format} layout cannot carry a ${kind} defect; it supports ${Object.keys(recipes).join(', ')}`);
  const index = columns.indexOf(recipe.column);
  const good = String(fields[index]);
  const spoiled = recipe.spoil(good, random);
  const copy = [...fields];
  if (kind !== 'duplicate-key') copy[index] = spoiled;
  const value = typeof spoiled === 'string' ? (kind === 'duplicate-key' ? good : spoiled) : good;
  return { fields: copy, extraRow: kind === 'duplicate-key', column: recipe.column, value, ...(typeof spoiled === 'string' ? {} : { bytesHex: spoiled.toString('hex') }), reason: recipe.reason };
}

export function singleFileDefect(kind: DefectKind, file: string, line: number, spoiled: ReturnType<typeof spoilRow>, entity: string, entityKey: string): InjectedDefect {
  return { kind, file, line, field: spoiled.column, value: spoiled.value, ...(spoiled.bytesHex ? { bytesHex: spoiled.bytesHex } : {}), entity, entityKey, reason: spoiled.reason, dependents: [] };
}
