export * from './village-shops.js';
