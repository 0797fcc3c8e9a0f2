import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import AjvModule, { type ErrorObject } from 'ajv';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { compileProfile, ProfileError } from './compile-profile.js';
import { findUpward } from './find-upward.js';
import type { LoadedProfile, Profile } from './profile.js';
import { checkProfileSemantics } from './profile-semantics.js';
import { TRANSFORMS } from './transforms.js';

export type { LoadedProfile } from './profile.js';

const BUILT_IN_PROFILES = 'libs/legacy-migration/profiles';
const SCHEMA = 'libs/legacy-migration/src/extract/profile.schema.json';

const Ajv = AjvModule.default;
let validateShape: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined;

/**
 * Reads a profile (YAML or JSON, by extension), checks it against the published schema and then
 * against itself (sources, lookups and code maps it names exist, transform arguments make sense,
 * every required canonical field is mapped). A bare name (`academy-business-rates`) is a built-in
 * profile. Any mistake is thrown as `profile <file>: <json path>: <reason>`.
 */
export async function loadProfile(nameOrPath: string): Promise<LoadedProfile> {
  const path = isBareName(nameOrPath) ? `${findUpward(BUILT_IN_PROFILES)}/${nameOrPath}.yaml` : resolve(nameOrPath);
  const label = `profile ${basename(path)}`;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`${label}: cannot be read (${(error as Error).message})`);
  }
  const profile = parseProfile(text, path, label);
  try {
    checkTransformNames(profile);
    await checkShape(profile);
    checkProfileSemantics(profile as Profile, (encoding) => iconv.encodingExists(encoding));
    compileProfile(profile as Profile);
  } catch (error) {
    if (error instanceof ProfileError) throw new Error(`${label}: ${error.message}`);
    throw error;
  }
  const { name, version } = profile as Profile;
  return { name, version, path, checksum: createHash('sha256').update(text).digest('hex'), profile: profile as Profile };
}

function isBareName(nameOrPath: string): boolean {
  return !nameOrPath.includes('/') && !nameOrPath.includes('\\') && extname(nameOrPath) === '';
}

function parseProfile(text: string, path: string, label: string): unknown {
  const extension = extname(path).toLowerCase();
  try {
    if (extension === '.json') return JSON.parse(text) as unknown;
    if (extension === '.yaml' || extension === '.yml') return parseYaml(text, { merge: true }) as unknown;
  } catch (error) {
    throw new Error(`${label}: not valid ${extension.slice(1).toUpperCase()}: ${(error as Error).message}`);
  }
  throw new Error(`${label}: a profile is a .yaml, .yml or .json file`);
}

async function checkShape(profile: unknown): Promise<void> {
  if (!validateShape) {
    const schema = JSON.parse(await readFile(findUpward(SCHEMA), 'utf8')) as object;
    validateShape = new Ajv({ allErrors: false, strict: false }).compile(schema);
  }
  if (!validateShape(profile)) {
    const error = (validateShape.errors ?? [])[0];
    throw new ProfileError(jsonPath(error?.instancePath ?? ''), describe(error));
  }
}

/** Caught before the schema so that a misspelt transform is named as such, not as a failed oneOf. */
function checkTransformNames(profile: unknown): void {
  const entities = (profile as { entities?: Record<string, unknown> }).entities ?? {};
  for (const [entity, mappings] of Object.entries(entities)) {
    (Array.isArray(mappings) ? mappings : []).forEach((mapping: { fields?: Record<string, { transforms?: unknown }> }, index) => {
      for (const [field, rule] of Object.entries(mapping?.fields ?? {})) {
        (Array.isArray(rule?.transforms) ? rule.transforms : []).forEach((transform: unknown, position) => {
          const name = typeof transform === 'string' ? transform : Object.keys(transform ?? {})[0];
          if (name !== undefined && !Object.hasOwn(TRANSFORMS, name)) {
            throw new ProfileError(`entities.${entity}[${index}].fields.${field}.transforms[${position}]`, `unknown transform "${name}"`);
          }
        });
      }
    });
  }
}

/** `/entities/account/0/fields` → `entities.account[0].fields`. */
function jsonPath(instancePath: string): string {
  const path = instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replaceAll('~1', '/').replaceAll('~0', '~')}`)).join('');
  return path.startsWith('.') ? path.slice(1) : path || '(profile)';
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'does not match the profile schema';
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperty' || params.additionalProperty) return `unknown property "${String(params.additionalProperty)}"`;
  if (error.keyword === 'enum') return `${error.message ?? 'must be one of'}: ${(params.allowedValues as unknown[]).join(', ')}`;
  return error.message ?? 'does not match the profile schema';
}
