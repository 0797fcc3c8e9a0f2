export * from './council-policy-plugin.js';
export * from './decisions.js';
export * from './facts.js';
export * from './grant-schemes.js';
export * from './settings.js';
export * from './version.js';
