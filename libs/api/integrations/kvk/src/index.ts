export { FakeKvkCompanyRegistry } from './fake-kvk-company-registry.js';
export { FAKE_KVK_COMPANIES } from './fake/fake-kvk-companies.js';
export type { FakeKvkAddress, FakeKvkBranch, FakeKvkCompany } from './fake/fake-kvk-company.js';
export { createFakeKvkServer, FAKE_KVK_API_KEY, FakeKvkServer, type FakeKvkRequest, type FakeKvkServerOptions } from './fake/fake-kvk-server.js';
export { KvkApiCompanyRegistry, type KvkApiOptions } from './kvk-api-company-registry.js';
export { isKvkTestEnvironment, KVK_PRODUCTION_BASE_URL, KVK_TEST_API_KEY, KVK_TEST_BASE_URL } from './kvk-environments.js';
