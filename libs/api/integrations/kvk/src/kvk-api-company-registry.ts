import { DEFAULT_PAGE_SIZE, type Page } from '@gemeente-crm/api-kernel';
import { type CompanyProfile, CompanyRegistry, type CompanyRegistryHit, type CompanyRegistryQuery } from '@gemeente-crm/relations-core';
import type { z } from 'zod';
import { describeFout, kvkQueryRejected, kvkUnavailable } from './kvk-errors.js';
import { KvkHttpClient, type KvkHttpOptions, type KvkHttpResponse } from './kvk-http-client.js';
import { hitFromKvk, profileFromKvk } from './kvk-mapping.js';
import { BasisprofielSchema, KvkErrorBodySchema, type KvkFout, ZoekenResponseSchema } from './kvk-responses.js';

export type KvkApiOptions = KvkHttpOptions;

/**
 * The CompanyRegistry on KvK's Handelsregister APIs: Zoeken v2 for searching and
 * Basisprofiel v1 for one company's details. Works against production, KvK's test
 * environment and the fake server alike; only the base URL and key differ.
 */
export class KvkApiCompanyRegistry extends CompanyRegistry {
  private readonly http: KvkHttpClient;

  constructor(options: KvkApiOptions) {
    super();
    this.http = new KvkHttpClient(options);
  }

  async search(query: CompanyRegistryQuery): Promise<Page<CompanyRegistryHit>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const params = new URLSearchParams();
    if (query.kvkNumber) params.set('kvkNummer', query.kvkNumber);
    if (query.name) params.set('naam', query.name);
    if (query.city) params.set('plaats', query.city);
    if (query.postcode) params.set('postcode', query.postcode);
    if (query.houseNumber) params.set('huisnummer', query.houseNumber);
    params.set('pagina', String(page));
    params.set('resultatenPerPagina', String(pageSize));

    const response = await this.http.get('/v2/zoeken', params);
    if (response.status === 404) {
      // KvK answers a search that finds nothing with 404 and code IPD5200, not with an empty
      // list. A 404 without KvK's error body comes from elsewhere (a wrong base URL).
      if (fout(response) === null) throw kvkUnavailable(`GET /v2/zoeken: HTTP 404 without a KvK error body; check KVK_BASE_URL`);
      return { items: [], page, pageSize, total: 0 };
    }
    const body = this.parse(ZoekenResponseSchema, response, '/v2/zoeken');
    return { items: body.resultaten.map(hitFromKvk), page: body.pagina, pageSize: body.resultatenPerPagina, total: body.totaal };
  }

  async profile(kvkNumber: string): Promise<CompanyProfile | null> {
    const path = `/v1/basisprofielen/${encodeURIComponent(kvkNumber)}`;
    const response = await this.http.get(path);
    if (response.status === 404) {
      if (fout(response) === null) throw kvkUnavailable(`GET ${path}: HTTP 404 without a KvK error body; check KVK_BASE_URL`);
      return null;
    }
    return profileFromKvk(this.parse(BasisprofielSchema, response, path));
  }

  /** A 2xx body read with `schema`; KvK's 400 becomes a validation error with KvK's explanation. */
  private parse<T extends z.ZodType>(schema: T, response: KvkHttpResponse, path: string): z.output<T> {
    if (response.status === 400) throw kvkQueryRejected(fout(response) ?? []);
    if (response.status < 200 || response.status >= 300) {
      throw kvkUnavailable(`GET ${path}: unexpected HTTP ${response.status}${describe(response)}`);
    }
    const parsed = schema.safeParse(response.body);
    if (!parsed.success) throw kvkUnavailable(`GET ${path}: answer not in the documented shape: ${parsed.error.message.slice(0, 300)}`);
    return parsed.data;
  }
}

/** KvK's error list when the body is one, else null. */
function fout(response: KvkHttpResponse): KvkFout[] | null {
  const parsed = KvkErrorBodySchema.safeParse(response.body);
  return parsed.success ? parsed.data.fout : null;
}

function describe(response: KvkHttpResponse): string {
  const errors = fout(response);
  return errors ? ` (${describeFout(errors)})` : '';
}
