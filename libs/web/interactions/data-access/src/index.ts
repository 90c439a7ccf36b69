export { interactionKeys, type RelationKey } from './keys';
export * from './contactMoments';
export * from './notifications';
export * from './relations';
export * from './staff';
export * from './tasks';
