import { Logger } from '@nestjs/common';
import { FakeKvkCompanyRegistry, KvkApiCompanyRegistry } from '@gemeente-crm/integrations-kvk';
import type { CompanyRegistry } from '@gemeente-crm/relations-core';
import type { AppConfig } from '../config/app-config.js';

/**
 * The CompanyRegistry the configuration asks for, created once when the application starts.
 * In demo mode that starts the fake KvK server on a free loopback port; the registry stops it
 * again when the application closes.
 */
export function companyRegistryFactory(kvk: AppConfig['kvk']): () => Promise<CompanyRegistry> {
  return async () => {
    if (kvk.adapter === 'fake') {
      const registry = await FakeKvkCompanyRegistry.start({ timeoutMs: kvk.timeoutMs });
      new Logger('kvk').log(`Fake KvK register with demo companies at ${registry.baseUrl}`);
      return registry;
    }
    // loadConfig refuses kvk-api without a key, so it is there.
    return new KvkApiCompanyRegistry({ baseUrl: kvk.baseUrl, apiKey: kvk.apiKey ?? '', timeoutMs: kvk.timeoutMs });
  };
}
