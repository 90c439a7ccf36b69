// Test doubles of the kernel's ports, for the in-memory specs of every domain core.
export * from './in-memory-audit-log.js';
export * from './in-memory-transaction-manager.js';
