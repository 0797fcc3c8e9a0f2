import { readAuthSettings, type AuthSettings } from '../../../../libs/identity/src/index.js';

export interface ApiConfig {
  readonly port: number;
  readonly host: string;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimitBytes: number;
  readonly graphql: { readonly maxDepth: number; readonly maxCost: number };
  readonly auth: AuthSettings;
  readonly logLevel: string;
  /** Create the demo council on start (demo mode only). */
  readonly seedDemoCouncil: boolean;
}

/** Reads the service's settings from the environment; a bad value stops start-up naming the variable. */
export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const auth = readAuthSettings(env);
  return {
    port: wholeNumber(env, 'PORT', 3000, 0, 65_535),
    host: env.HOST ?? '0.0.0.0',
    bodyLimitBytes: wholeNumber(env, 'BODY_LIMIT_BYTES', 1_048_576, 1_024, 104_857_600),
    graphql: {
      maxDepth: wholeNumber(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxCost: wholeNumber(env, 'GRAPHQL_MAX_COST', 1_000, 10, 1_000_000),
    },
    auth,
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemoCouncil: auth.mode === 'demo' && env.SEED_DEMO_COUNCIL !== 'false',
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}
