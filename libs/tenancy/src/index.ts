export * from './actor.js';
export * from './infrastructure/tenant-transactions.js';
export * from './tenancy.module.js';
export * from './clock.module.js';
export * from './unit-of-work.js';
