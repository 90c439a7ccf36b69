/**
 * A fake `/api/v1` for component tests: handlers matched by method and path, every request
 * recorded. Passed to createApiClient as its `fetch`, so the real client code runs.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
}

type Responder = (request: RecordedRequest, params: Record<string, string>) => Response | Promise<Response>;

interface Handler {
  method: string;
  pattern: RegExp;
  names: string[];
  respond: Responder;
  once: boolean;
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function problem(status: number, extra: Record<string, unknown> = {}): Response {
  const body = { type: `https://gemeente-crm.nl/problems/${String(extra['code'] ?? status)}`, title: 'Fout', status, code: 'error', ...extra };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req-123' } });
}

export function networkError(): never {
  throw new TypeError('Failed to fetch');
}

export class FakeApi {
  readonly requests: RecordedRequest[] = [];
  private handlers: Handler[] = [];

  /** `path` like `/api/v1/organisations/:id`. Later registrations win; `once` handlers are used up. */
  on(method: string, path: string, respond: Responder, options: { once?: boolean } = {}): this {
    const names: string[] = [];
    const pattern = new RegExp(`^${path.replace(/:([A-Za-z]+)/g, (_m, name: string) => (names.push(name), '([^/]+)'))}$`);
    this.handlers.unshift({ method: method.toUpperCase(), pattern, names, respond, once: options.once ?? false });
    return this;
  }

  /** GET handler: a responder function, or a body to answer with as JSON. */
  get(path: string, respond: Responder, options?: { once?: boolean }): this;
  get(path: string, body: object, options?: { once?: boolean }): this;
  get(path: string, respond: Responder | object, options?: { once?: boolean }): this {
    return this.on('GET', path, typeof respond === 'function' ? (respond as Responder) : () => json(respond), options);
  }

  calls(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method.toUpperCase() && (typeof path === 'string' ? request.path === path : path.test(request.path)));
  }

  readonly fetch = async (input: Request): Promise<Response> => {
    const url = new URL(input.url);
    const text = input.method === 'GET' || input.method === 'HEAD' ? '' : await input.text();
    const recorded: RecordedRequest = {
      method: input.method.toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: input.headers,
      body: text ? parseBody(text, input.headers.get('content-type')) : undefined,
    };
    this.requests.push(recorded);
    const index = this.handlers.findIndex((handler) => handler.method === recorded.method && handler.pattern.test(recorded.path));
    const handler = this.handlers[index];
    if (!handler) return problem(404, { code: 'not-found', detail: `No fake for ${recorded.method} ${recorded.path}` });
    if (handler.once) this.handlers.splice(index, 1);
    const match = handler.pattern.exec(recorded.path) ?? [];
    const params = Object.fromEntries(handler.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
    return handler.respond(recorded, params);
  };
}

/** JSON bodies parsed; a multipart upload kept as the text it was. */
function parseBody(text: string, contentType: string | null): unknown {
  return contentType?.startsWith('multipart/') ? text : JSON.parse(text);
}
