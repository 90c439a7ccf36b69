export { relationsRoutes } from './routes';
export { MyRelationsPanel } from './home/MyRelationsPanel';
export { RelationExtensionsProvider, type RelationExtensions, type RelationRef, type RelationSlotProps } from './extensions';
export * from './paths';
