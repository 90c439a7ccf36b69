export { FakeApi, json, problem, networkError, type RecordedRequest } from './fakeApi';
export { renderRoutes, type RenderOptions } from './render';
