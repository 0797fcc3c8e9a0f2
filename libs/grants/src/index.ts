export * from './application/index.js';
export * from './domain/grant-application.js';
export * from './grants.module.js';
