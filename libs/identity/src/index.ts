export * from './auth-settings.js';
export * from './dev-signing-key.js';
export * from './token-verifier.js';
