import type { Adapter, AdapterPayload } from 'oidc-provider';

const SWEEP_EVERY_WRITES = 500;

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; Infinity when the model has no expiry. */
  expiresAt: number;
}

/** What oidc-provider stores (sessions, grants, codes, refresh tokens...), for one provider. */
class ProviderStore {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByGrant = new Map<string, Set<string>>();
  private writes = 0;

  get(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  set(key: string, payload: AdapterPayload, expiresInSeconds: number | undefined): void {
    this.delete(key);
    const expiresAt = typeof expiresInSeconds === 'number' ? Date.now() + expiresInSeconds * 1000 : Infinity;
    this.entries.set(key, { payload, expiresAt });
    if (payload.grantId) {
      const keys = this.keysByGrant.get(payload.grantId) ?? new Set<string>();
      keys.add(key);
      this.keysByGrant.set(payload.grantId, keys);
    }
    if (++this.writes % SWEEP_EVERY_WRITES === 0) this.sweep();
  }

  delete(key: string): void {
    const grantId = this.entries.get(key)?.payload.grantId;
    this.entries.delete(key);
    if (grantId) this.keysByGrant.get(grantId)?.delete(key);
  }

  deleteGrant(grantId: string): void {
    for (const key of this.keysByGrant.get(grantId) ?? []) this.entries.delete(key);
    this.keysByGrant.delete(grantId);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.delete(key);
    for (const [grantId, keys] of this.keysByGrant) if (keys.size === 0) this.keysByGrant.delete(grantId);
  }
}

/**
 * An oidc-provider storage adapter that keeps everything in this process's memory, so a restart
 * signs everybody out (access tokens, being self-contained JWTs, stay valid).
 *
 * oidc-provider has a built-in one, but it prints a warning meant for production set-ups on every
 * start and shares one store among all providers in a process; this one belongs to one provider,
 * which also keeps the providers that tests start apart.
 */
export function createInMemoryAdapter(): new (model: string) => Adapter {
  const store = new ProviderStore();

  return class InMemoryAdapter implements Adapter {
    constructor(private readonly model: string) {}

    async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
      store.set(this.key(id), payload, expiresIn);
      if (this.model === 'Session' && payload.uid) store.set(`sessionUid:${payload.uid}`, { id }, expiresIn);
      if (payload.userCode) store.set(`userCode:${payload.userCode}`, { id }, expiresIn);
    }

    async find(id: string): Promise<AdapterPayload | undefined> {
      return store.get(this.key(id));
    }

    async findByUid(uid: string): Promise<AdapterPayload | undefined> {
      const reference = store.get(`sessionUid:${uid}`);
      return typeof reference?.['id'] === 'string' ? this.find(reference['id']) : undefined;
    }

    async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
      const reference = store.get(`userCode:${userCode}`);
      return typeof reference?.['id'] === 'string' ? this.find(reference['id']) : undefined;
    }

    async consume(id: string): Promise<void> {
      const payload = store.get(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      store.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      store.deleteGrant(grantId);
    }

    private key(id: string): string {
      return `${this.model}:${id}`;
    }
  };
}
