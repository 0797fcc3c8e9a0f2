export * from './domain/council-policy.js';
export * from './domain/guarded-call.js';
export * from './domain/plugin-registry.js';
export * from './domain/policy-version.js';
export * from './application/council-policies.port.js';
