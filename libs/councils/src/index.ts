export * from './domain/council.js';
export * from './application/create-council.command.js';
export * from './application/configure-council.command.js';
export * from './application/list-councils.query.js';
export * from './application/get-council.query.js';
export * from './application/resolve-token-council.query.js';
export * from './councils.module.js';
