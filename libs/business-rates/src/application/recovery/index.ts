export * from './recovery-policy.queries.js';
export * from './recovery-queries.js';
export * from './recovery-store.port.js';
export * from './run-recovery.js';
export * from '../../domain/recovery/next-recovery-step.js';
export * from '../../domain/recovery/recovery-policy.js';
