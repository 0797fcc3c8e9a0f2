export * from './actor.js';
export * from './tenant-transactions.js';
export * from './tenancy.module.js';
