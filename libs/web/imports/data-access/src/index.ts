export * from './imports';
export * from './keys';
export * from './types';
