export * from './domain/council-policy.js';
export * from './domain/guarded-call.js';
export * from './domain/plugin-registry.js';
export * from './domain/policy-version.js';
export * from './application/council-policies.port.js';
export * from './application/council-policy.queries.js';
export * from './application/describe-policy.js';
export * from './policy-host.module.js';
