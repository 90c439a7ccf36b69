export * from './types';
export * from './problem';
export { createApiClient, unwrap, etagFor, compactQuery, reasonHeader, type ApiClient, type ApiClientOptions } from './client';
export { ApiClientProvider, useApiClient } from './context';
