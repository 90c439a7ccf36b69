export * from './conversion-report.js';
export * from './conversion-reader.js';
export * from './get-conversion-report.js';
export * from './conversion-use-cases.js';
