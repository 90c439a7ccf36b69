export { importsRoutes } from './routes';
export { IMPORTS_PATH } from './paths';
