import type { CanonicalEntity } from '../domain/canonical-records.js';
import { CANONICAL_ENTITIES } from '../domain/canonical-records.js';
import { compileMapping, type CompiledMapping } from './compile-mapping.js';
import { FieldRuleError } from './field-rule.js';
import type { Profile } from './profile.js';

/**
 * A profile made into functions once: the mappings grouped by the source that feeds them, sources
 * in the order the entities first name them (so properties and accounts load before what refers
 * to them).
 */
export interface CompiledProfile {
  readonly sources: readonly { readonly source: string; readonly mappings: readonly CompiledMapping[] }[];
}

/** A mistake in a profile, at a JSON path such as `entities.account[0].fields.reference.transforms[1]`. */
export class ProfileError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

export function compileProfile(profile: Profile): CompiledProfile {
  const context = { codeMaps: profile.codeMaps ?? {} };
  const bySource = new Map<string, CompiledMapping[]>();
  for (const entity of entitiesIn(profile)) {
    (profile.entities[entity] ?? []).forEach((mapping, index) => {
      let compiled: CompiledMapping;
      try {
        compiled = compileMapping(entity, mapping, context);
      } catch (error) {
        if (error instanceof FieldRuleError) throw new ProfileError(`entities.${entity}[${index}].${error.path}`, error.message);
        throw error;
      }
      bySource.set(mapping.from, [...(bySource.get(mapping.from) ?? []), compiled]);
    });
  }
  return { sources: [...bySource].map(([source, mappings]) => ({ source, mappings })) };
}

/** The entities a profile maps, in the order it lists them. */
export function entitiesIn(profile: Profile): CanonicalEntity[] {
  return (Object.keys(profile.entities) as CanonicalEntity[]).filter((entity) => CANONICAL_ENTITIES.includes(entity));
}
