export { relationKeys } from './keys';
export * from './organisations';
export * from './persons';
export * from './reference';
export * from './kvk';
