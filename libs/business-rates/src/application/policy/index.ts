export * from './preview-council-policy.js';
