/**
 * KvK's API hosts. The base URL ends before the API version, so one setting serves Zoeken
 * (`/v2/zoeken`) and Basisprofiel (`/v1/basisprofielen`).
 */
export const KVK_PRODUCTION_BASE_URL = 'https://api.kvk.nl/api';

/** KvK's test environment: fictitious companies, free, with a public API key. */
export const KVK_TEST_BASE_URL = 'https://api.kvk.nl/test/api';

/**
 * The key KvK publishes for its test environment (developers.kvk.nl, "Testen"). It is not a
 * secret and opens only fictitious data; production needs the municipality's own key.
 */
export const KVK_TEST_API_KEY = 'l7xx1f2691f2520d487b902f4e0b57a0b197';

/** Both spellings, with and without a trailing slash, mean the test environment. */
export function isKvkTestEnvironment(baseUrl: string): boolean {
  return baseUrl.replace(/\/+$/, '') === KVK_TEST_BASE_URL;
}
