import { createFakeKvkServer, FAKE_KVK_API_KEY, type FakeKvkServer } from './fake/fake-kvk-server.js';
import { KvkApiCompanyRegistry, type KvkApiOptions } from './kvk-api-company-registry.js';

/**
 * Demo mode's company register: the real KvK adapter, talking real HTTP to a fake KvK server
 * that this process runs on a free loopback port. So a demo exercises the same protocol code
 * as production, without a KvK key or internet access.
 */
export class FakeKvkCompanyRegistry extends KvkApiCompanyRegistry {
  private constructor(
    private readonly server: FakeKvkServer,
    options: KvkApiOptions,
  ) {
    super(options);
  }

  /** Starts the fake server and returns the registry talking to it. */
  static async start(options: Omit<KvkApiOptions, 'baseUrl' | 'apiKey'> = {}): Promise<FakeKvkCompanyRegistry> {
    const server = createFakeKvkServer();
    const baseUrl = await server.listen(0, '127.0.0.1');
    return new FakeKvkCompanyRegistry(server, { ...options, baseUrl, apiKey: FAKE_KVK_API_KEY });
  }

  /** The fake server's base URL, for the start-up log. */
  get baseUrl(): string {
    return this.server.url;
  }

  /** Nest calls this when the application closes; outside Nest, call it yourself. */
  async onModuleDestroy(): Promise<void> {
    await this.server.close();
  }
}
