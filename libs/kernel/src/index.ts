export * from './calendar-date.js';
export * from './date-period.js';
export * from './errors.js';
export * from './exact.js';
export * from './money.js';
export * from './clock.js';
export * from './settings.js';
export * from './polling.js';
