export * from './domain/charge/calculate-charge.js';
export * from './domain/charge/charge-line.js';
export * from './domain/charge/rating-case.js';
export * from './domain/reference/financial-year.js';
export * from './domain/reference/national-rates.js';
export * from './domain/reference/national-rates.data.js';
