export * from './rebill.command.js';
