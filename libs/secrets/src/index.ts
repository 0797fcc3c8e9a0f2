export * from './aes-gcm-secret-sealer.js';
export * from './secret-sealer.js';
export * from './secrets-key.js';
