export * from './settle-account.command.js';
