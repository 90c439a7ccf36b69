export * from './types';
export { leadKeys } from './keys';
export * from './leads';
