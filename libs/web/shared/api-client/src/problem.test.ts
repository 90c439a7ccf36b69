import { describe, expect, it, vi } from 'vitest';
import { FakeApi, json, networkError, problem } from '@gemeente-crm/web-testing';
import { compactQuery, createApiClient, etagFor, reasonHeader, unwrap } from './client';
import { ApiError, fieldErrorMessages, mapFieldErrors, normaliseFieldPath } from './problem';

function clientFor(api: FakeApi, onUnauthorized = vi.fn()) {
  return createApiClient({ baseUrl: 'http://localhost', getAccessToken: () => 'token-1', fetch: api.fetch, onUnauthorized });
}

describe('ApiError from problem+json', () => {
  it.each([
    [401, 'unauthenticated', 'unauthenticated', false],
    [403, 'role-not-allowed', 'forbidden', false],
    [404, 'not-found', 'not-found', false],
    [409, 'conflict', 'conflict', false],
    [412, 'stale-version', 'stale-version', false],
    [422, 'validation-failed', 'validation', false],
    [428, 'precondition-required', 'precondition-required', false],
    [429, 'too-many-requests', 'rate-limited', true],
    [500, 'internal-error', 'server', true],
    [503, 'service-unavailable', 'server', true],
  ])('maps %i (%s) to kind %s', async (status, code, kind, retryable) => {
    const api = new FakeApi().get('/api/v1/me', () => problem(status, { code }));
    const error = await unwrap(clientFor(api).GET('/api/v1/me')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe(kind);
    expect((error as ApiError).status).toBe(status);
    expect((error as ApiError).code).toBe(code);
    expect((error as ApiError).retryable).toBe(retryable);
  });

  it('turns a failed fetch into a retryable network error', async () => {
    const api = new FakeApi().get('/api/v1/me', () => networkError());
    const error = (await unwrap(clientFor(api).GET('/api/v1/me')).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('network');
    expect(error.status).toBeNull();
    expect(error.retryable).toBe(true);
  });

  it('handles a non-JSON 502 from a proxy as a server error', async () => {
    const api = new FakeApi().get('/api/v1/me', () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }));
    const error = (await unwrap(clientFor(api).GET('/api/v1/me')).catch((e: unknown) => e)) as ApiError;
    expect(error.kind).toBe('server');
    expect(error.problem).toBeNull();
  });

  it('keeps the request id for the service desk', async () => {
    const api = new FakeApi().get('/api/v1/me', () => problem(500, { code: 'internal-error' }));
    const error = (await unwrap(clientFor(api).GET('/api/v1/me')).catch((e: unknown) => e)) as ApiError;
    expect(error.requestId).toBe('req-123');
  });
});

describe('field errors', () => {
  const validation = new ApiError({
    kind: 'validation',
    status: 422,
    problem: {
      type: 't',
      title: 'Ongeldige invoer',
      status: 422,
      code: 'validation-failed',
      errors: [
        { field: 'name', code: 'required', message: 'Naam is verplicht.' },
        { field: '/visitingAddress/postcode', code: 'postcode.invalid', message: 'Ongeldige postcode.' },
        { field: 'sbiCodes[1]', code: 'sbi.invalid', message: 'Onbekende SBI-code.' },
        { field: 'body.kvkNumber', code: 'kvk.invalid', message: 'Ongeldig KvK-nummer.' },
        { field: 'kvkNumber', code: 'kvk.duplicate', message: 'Dit KvK-nummer bestaat al.' },
        { field: 'somethingElse', code: 'x', message: 'Iets anders is mis.' },
      ],
    },
  });

  it('normalises field paths from different notations', () => {
    expect(normaliseFieldPath('/visitingAddress/postcode')).toBe('visitingAddress.postcode');
    expect(normaliseFieldPath('sbiCodes[1]')).toBe('sbiCodes.1');
    expect(normaliseFieldPath('body.name')).toBe('name');
  });

  it('collects one message per field, joining several', () => {
    const messages = fieldErrorMessages(validation);
    expect(messages['name']).toBe('Naam is verplicht.');
    expect(messages['visitingAddress.postcode']).toBe('Ongeldige postcode.');
    expect(messages['kvkNumber']).toBe('Ongeldig KvK-nummer. Dit KvK-nummer bestaat al.');
  });

  it('places errors on the form fields and keeps the rest for the summary', () => {
    const { known, unplaced } = mapFieldErrors(validation, ['name', 'kvkNumber', 'sbiCodes', 'visitingAddress.postcode']);
    expect(known).toEqual({
      name: 'Naam is verplicht.',
      'visitingAddress.postcode': 'Ongeldige postcode.',
      sbiCodes: 'Onbekende SBI-code.',
      kvkNumber: 'Ongeldig KvK-nummer. Dit KvK-nummer bestaat al.',
    });
    expect(unplaced).toEqual(['Iets anders is mis.']);
  });

  it('places an error on a whole object on its first field', () => {
    const error = new ApiError({ kind: 'validation', status: 422, problem: { type: 't', title: 't', status: 422, code: 'validation-failed', errors: [{ field: 'visitingAddress', code: 'incomplete', message: 'Adres onvolledig.' }] } });
    expect(mapFieldErrors(error, ['visitingAddress.street', 'visitingAddress.city']).known).toEqual({ 'visitingAddress.street': 'Adres onvolledig.' });
  });

  it('returns nothing for errors that are not API errors', () => {
    expect(fieldErrorMessages(new Error('x'))).toEqual({});
  });
});

describe('the client', () => {
  it('sends the bearer token and returns data', async () => {
    const api = new FakeApi().get('/api/v1/me', { id: 'u1', displayName: 'Anna', roles: ['accountmanager'] });
    const me = await unwrap(clientFor(api).GET('/api/v1/me'));
    expect(me.displayName).toBe('Anna');
    expect(api.requests[0]?.headers.get('authorization')).toBe('Bearer token-1');
  });

  it('reports a 401 to the session layer', async () => {
    const onUnauthorized = vi.fn();
    const api = new FakeApi().get('/api/v1/me', () => problem(401, { code: 'unauthenticated' }));
    await unwrap(clientFor(api, onUnauthorized).GET('/api/v1/me')).catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(onUnauthorized.mock.calls[0]?.[0]).toBeInstanceOf(ApiError);
  });

  it('sends If-Match on PATCH', async () => {
    const api = new FakeApi().on('PATCH', '/api/v1/organisations/:id', () => json({ id: 'o1' }));
    await unwrap(clientFor(api).PATCH('/api/v1/organisations/{id}', { params: { path: { id: 'o1' }, header: { 'If-Match': etagFor(7) } }, body: { name: 'X' } }));
    expect(api.requests[0]?.headers.get('if-match')).toBe('"7"');
    expect(api.requests[0]?.body).toEqual({ name: 'X' });
  });

  it('drops empty query parameters', () => {
    expect(compactQuery({ q: '', city: 'Oss', tag: undefined, ownerId: null, page: 1 })).toEqual({ city: 'Oss', page: 1 });
  });

  it('percent-encodes reasons so any text survives as a header', () => {
    expect(reasonHeader('Dubbel record')).toEqual({ 'X-Reason': 'Dubbel%20record' });
    expect(decodeURIComponent(reasonHeader('Contact’s functie € 10% gewijzigd')['X-Reason'] ?? '')).toBe('Contact’s functie € 10% gewijzigd');
    expect(reasonHeader('  ')).toEqual({});
  });
});
