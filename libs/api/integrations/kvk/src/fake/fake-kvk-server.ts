import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FAKE_KVK_COMPANIES } from './fake-kvk-companies.js';
import type { FakeKvkCompany } from './fake-kvk-company.js';
import { basisprofiel, isActive, tradeNamesOf, type ZoekenCandidate, zoekenCandidates, zoekenResultaat } from './fake-kvk-documents.js';

/** The fake's API key; any other key is refused, as KvK refuses a wrong one. */
export const FAKE_KVK_API_KEY = 'fake-kvk-api-key';

/** Where the fake mounts KvK's API, so its base URL looks like KvK's (`…/api`). */
const PREFIX = '/api';
const MAX_PAGE_SIZE = 100;

/** KvK's own error codes where the behaviour is documented; `HTTP<status>` for the fake's own. */
const FAILURE_CODES: Record<number, [string, string]> = {
  500: ['IPD9999', 'Algemene technische fout.'],
  503: ['IPD1002', 'De gegevens zijn tijdelijk niet beschikbaar omdat ze worden verwerkt. Probeer het later opnieuw.'],
};

export interface FakeKvkServerOptions {
  /** Default FAKE_KVK_API_KEY. */
  apiKey?: string;
  /** Default FAKE_KVK_COMPANIES. */
  companies?: readonly FakeKvkCompany[];
}

/** A request as the fake saw it, for tests that check what the adapter sent. */
export interface FakeKvkRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  apikey: string | null;
}

function fout(code: string, omschrijving: string) {
  return { fout: [{ code, omschrijving }] };
}

/** Comparable text: lower case, no accents, no punctuation, single spaces. */
function plain(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A small HTTP server that answers like KvK's Zoeken v2 and Basisprofiel v1 APIs for a fixed
 * set of fictitious companies: same paths, parameters, `apikey` header, paging, error body
 * `{fout:[{code,omschrijving}]}` and 404 conventions. Tests switch it to fail or to answer
 * slowly; demo mode runs it in-process so the real adapter has something to talk to.
 */
export class FakeKvkServer {
  readonly apiKey: string;
  /** Every request received, oldest first. */
  readonly requests: FakeKvkRequest[] = [];
  private readonly companies: readonly FakeKvkCompany[];
  private readonly server: Server;
  private readonly closing = new AbortController();
  private failures: { status: number; retryAfterSeconds?: number }[] = [];
  private delayMs = 0;
  private baseUrl: string | null = null;

  constructor(options: FakeKvkServerOptions = {}) {
    this.apiKey = options.apiKey ?? FAKE_KVK_API_KEY;
    this.companies = options.companies ?? FAKE_KVK_COMPANIES;
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() => {
        if (!response.headersSent && !response.destroyed) this.send(response, 500, fout('IPD9999', 'Algemene technische fout.'));
      });
    });
  }

  /** The base URL to configure as KVK_BASE_URL, e.g. http://127.0.0.1:41234/api. */
  get url(): string {
    if (!this.baseUrl) throw new Error('The fake KvK server is not listening yet; call listen() first.');
    return this.baseUrl;
  }

  /** Starts listening (port 0: any free port) and returns the base URL. */
  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    this.baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}${PREFIX}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    this.closing.abort();
    if (!this.server.listening) return;
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** The next `count` requests fail with `status` (429, 500, 503...), KvK's error body and optionally Retry-After. */
  failNext(count: number, status: number, options: { retryAfterSeconds?: number } = {}): void {
    for (let i = 0; i < count; i += 1) this.failures.push({ status, ...options });
  }

  /** Every answer waits `ms` first (0: none), to look like an overloaded KvK. */
  delayResponses(ms: number): void {
    this.delayMs = ms;
  }

  /** Forgets requests, pending failures and the delay. */
  reset(): void {
    this.requests.length = 0;
    this.failures = [];
    this.delayMs = 0;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake-kvk');
    const apikey = request.headers['apikey'];
    this.requests.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      apikey: typeof apikey === 'string' ? apikey : null,
    });
    if (this.delayMs > 0) {
      try {
        await sleep(this.delayMs, undefined, { signal: this.closing.signal });
      } catch {
        return; // closing
      }
    }
    if (apikey !== this.apiKey) return this.send(response, 401, fout('HTTP401', 'De apikey ontbreekt of is ongeldig.'));
    const failure = this.failures.shift();
    if (failure) {
      const [code, text] = FAILURE_CODES[failure.status] ?? [`HTTP${failure.status}`, 'Het verzoek kan nu niet worden verwerkt.'];
      const headers: Record<string, string> = failure.retryAfterSeconds !== undefined ? { 'retry-after': String(failure.retryAfterSeconds) } : {};
      return this.send(response, failure.status, fout(code, text), headers);
    }
    if (request.method !== 'GET') return this.send(response, 405, fout('HTTP405', 'Alleen GET is toegestaan.'));

    if (url.pathname === `${PREFIX}/v2/zoeken`) return this.zoeken(url.searchParams, response);
    const profile = new RegExp(`^${PREFIX}/v1/basisprofielen/([^/]+)$`).exec(url.pathname);
    if (profile) return this.basisprofiel(decodeURIComponent(profile[1] ?? ''), response);
    // Not KvK's API at all: a plain 404 as a web server gives it, without KvK's error body.
    response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>404 Not Found</h1></body></html>');
  }

  private zoeken(params: URLSearchParams, response: ServerResponse): void {
    const invalid: string[] = [];
    const page = Number(params.get('pagina') ?? '1');
    const pageSize = Number(params.get('resultatenPerPagina') ?? '10');
    if (!Number.isInteger(page) || page < 1 || page > 1000) invalid.push('pagina');
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) invalid.push('resultatenPerPagina');
    const kvkNummer = params.get('kvkNummer');
    if (kvkNummer !== null && !/^\d{8}$/.test(kvkNummer)) invalid.push('kvkNummer');
    const vestigingsnummer = params.get('vestigingsnummer');
    if (vestigingsnummer !== null && !/^\d{12}$/.test(vestigingsnummer)) invalid.push('vestigingsnummer');
    const huisnummer = params.get('huisnummer');
    if (huisnummer !== null && !/^\d{1,5}$/.test(huisnummer)) invalid.push('huisnummer');
    if (invalid.length > 0) {
      return this.send(response, 400, fout('IPD1999', `De volgende opgegeven parameter(s) is(zijn) ongeldig: ${invalid.join(', ')}`));
    }
    const naam = params.get('naam');
    const plaats = params.get('plaats');
    const postcode = params.get('postcode')?.replace(/\s/g, '').toUpperCase() ?? null;
    const types = params.getAll('type').flatMap((type) => type.split(','));
    const inactive = params.get('InclusiefInactieveRegistraties') === 'true';
    if (!kvkNummer && !vestigingsnummer && !naam && !plaats && !postcode && !params.get('rsin')) {
      return this.send(response, 400, fout('IPD1998', 'Algemene invoer parameter fout: geef ten minste één zoekparameter op.'));
    }

    const matches = zoekenCandidates(this.companies).filter((candidate) => {
      const { company, branch } = candidate;
      const type = branch ? (candidate.main ? 'hoofdvestiging' : 'nevenvestiging') : 'rechtspersoon';
      const address = branch && !branch.afgeschermd ? branch.bezoekadres : null;
      const names = [company.naam, ...tradeNamesOf(company), ...(branch?.naam ? [branch.naam] : [])].map(plain);
      return (
        (inactive || isActive(company)) &&
        (!kvkNummer || company.kvkNummer === kvkNummer) &&
        (!params.get('rsin') || company.rsin === params.get('rsin')) &&
        (!vestigingsnummer || branch?.vestigingsnummer === vestigingsnummer) &&
        (!naam || names.some((name) => name.includes(plain(naam)))) &&
        (!plaats || (address !== null && plain(address.plaats) === plain(plaats))) &&
        (!postcode || address?.postcode === postcode) &&
        (!huisnummer || address?.huisnummer === Number(huisnummer)) &&
        (types.length === 0 || types.includes(type))
      );
    });
    if (matches.length === 0) {
      return this.send(response, 404, fout('IPD5200', 'Er zijn geen gegevens gevonden die voldoen aan de opgegeven zoekparameters.'));
    }
    const start = (page - 1) * pageSize;
    const query = `${this.url}/v2/zoeken?${params}`;
    this.send(response, 200, {
      pagina: page,
      resultatenPerPagina: pageSize,
      totaal: matches.length,
      ...(page > 1 ? { vorige: query.replace(/pagina=\d+/, `pagina=${page - 1}`) } : {}),
      ...(start + pageSize < matches.length ? { volgende: query.replace(/pagina=\d+/, `pagina=${page + 1}`) } : {}),
      resultaten: matches.slice(start, start + pageSize).map((candidate: ZoekenCandidate) => zoekenResultaat(candidate, this.url, postcode !== null)),
      links: [{ rel: 'self', href: query }],
    });
  }

  private basisprofiel(kvkNummer: string, response: ServerResponse): void {
    if (!/^\d{8}$/.test(kvkNummer)) return this.send(response, 400, fout('IPD0004', 'Het KVK-nummer is niet valide.'));
    const company = this.companies.find((candidate) => candidate.kvkNummer === kvkNummer);
    if (!company) return this.send(response, 404, fout('IPD0005', `Het product voor KVK-nummer ${kvkNummer} kan niet worden geleverd.`));
    this.send(response, 200, basisprofiel(company, this.url));
  }

  private send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (response.destroyed) return; // the client gave up waiting
    response.writeHead(status, { 'content-type': 'application/json', 'api-version': '2.1.0', ...headers }).end(JSON.stringify(body));
  }
}

/** A fake KvK server, not yet listening; call `listen()`. */
export function createFakeKvkServer(options: FakeKvkServerOptions = {}): FakeKvkServer {
  return new FakeKvkServer(options);
}
