import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type components, etagFor, reasonHeader, unwrap, useApiClient } from '@gemeente-crm/web-api-client';

type Schemas = components['schemas'];
export type QuoteSummary = Schemas['Quote'];
export type QuoteDetails = Schemas['QuoteDetails'];
export type QuoteStatus = Schemas['QuoteStatus'];
export type QuoteLineInput = Schemas['QuoteLineInput'];
export type QuoteDocument = Schemas['QuoteDocument'];
export type QuoteTemplate = Schemas['QuoteTemplate'];
export type QuoteDocumentFormat = Schemas['QuoteDocumentFormat'];
export type QuoteInput = Schemas['UpdateQuote'];

/** react-query keys of the quotes; a quote change also invalidates its lead's list. */
export const quoteKeys = {
  all: ['quotes'] as const,
  list: (leadId: string) => [...quoteKeys.all, 'lead', leadId] as const,
  detail: (leadId: string, quoteId: string) => [...quoteKeys.all, 'lead', leadId, quoteId] as const,
  template: () => ['quote-template'] as const,
};

export function useLeadQuotes(leadId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: quoteKeys.list(leadId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads/{leadId}/quotes', { params: { path: { leadId } }, signal })),
  });
}

export function useQuote(leadId: string, quoteId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: quoteKeys.detail(leadId, quoteId),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/leads/{leadId}/quotes/{quoteId}', { params: { path: { leadId, quoteId } }, signal })),
  });
}

/** Every write answers with the whole quote; put it in the cache and refresh the list. */
function useQuoteWrite<V>(leadId: string, write: (variables: V) => Promise<QuoteDetails>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (quote) => {
      queryClient.setQueryData(quoteKeys.detail(leadId, quote.id), quote);
      void queryClient.invalidateQueries({ queryKey: quoteKeys.list(leadId) });
    },
  });
}

export function useCreateQuote(leadId: string) {
  const client = useApiClient();
  return useQuoteWrite(leadId, (body: Schemas['CreateQuote']) => unwrap(client.POST('/api/v1/leads/{leadId}/quotes', { params: { path: { leadId } }, body })));
}

export function useUpdateQuote(leadId: string, quoteId: string) {
  const client = useApiClient();
  return useQuoteWrite(leadId, ({ body, version }: { body: QuoteInput; version: number }) =>
    unwrap(
      client.PATCH('/api/v1/leads/{leadId}/quotes/{quoteId}', {
        params: { path: { leadId, quoteId }, header: { 'If-Match': etagFor(version) } },
        body,
      }),
    ),
  );
}

export type QuoteMove = 'send' | 'accept' | 'reject' | 'revisions';

export function useMoveQuote(leadId: string, quoteId: string) {
  const client = useApiClient();
  return useQuoteWrite(leadId, ({ move, version, reason, revision }: { move: QuoteMove; version: number; reason?: string; revision?: number }) => {
    const params = { path: { leadId, quoteId }, header: { 'If-Match': etagFor(version), ...reasonHeader(reason) } };
    switch (move) {
      case 'send':
        return unwrap(client.POST('/api/v1/leads/{leadId}/quotes/{quoteId}/send', { params, body: {} }));
      case 'revisions':
        return unwrap(client.POST('/api/v1/leads/{leadId}/quotes/{quoteId}/revisions', { params, body: {} }));
      case 'accept':
        return unwrap(client.POST('/api/v1/leads/{leadId}/quotes/{quoteId}/accept', { params, body: { ...(revision ? { revision } : {}) } }));
      case 'reject':
        return unwrap(client.POST('/api/v1/leads/{leadId}/quotes/{quoteId}/reject', { params, body: { ...(revision ? { revision } : {}) } }));
    }
  });
}

export function useGenerateQuoteDocument(leadId: string, quoteId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (format: QuoteDocumentFormat) =>
      unwrap(client.POST('/api/v1/leads/{leadId}/quotes/{quoteId}/documents', { params: { path: { leadId, quoteId } }, body: { format } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: quoteKeys.detail(leadId, quoteId) }),
  });
}

/** Fetches a generated document with the user's token and hands it to the browser as a download. */
export function useDownloadQuoteDocument(leadId: string, quoteId: string) {
  const client = useApiClient();
  return async (document: Pick<QuoteDocument, 'id' | 'fileName'>) => {
    const blob = await unwrap(
      client.GET('/api/v1/leads/{leadId}/quotes/{quoteId}/documents/{documentId}/content', {
        params: { path: { leadId, quoteId, documentId: document.id } },
        parseAs: 'blob',
      }),
    );
    saveBlob(blob as unknown as Blob, document.fileName);
  };
}

export function saveBlob(blob: Blob, fileName: string): void {
  if (typeof URL.createObjectURL !== 'function') return; // test environments without object URLs
  const url = URL.createObjectURL(blob);
  const anchor = window.document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  window.document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useQuoteTemplate() {
  const client = useApiClient();
  return useQuery({ queryKey: quoteKeys.template(), queryFn: ({ signal }) => unwrap(client.GET('/api/v1/quote-template', { signal })) });
}

export function useReplaceQuoteTemplate() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, reset, reason }: { file?: File; reset?: boolean; reason?: string }) => {
      if (reset || !file) return unwrap(client.POST('/api/v1/quote-template/reset', { body: { ...(reason ? { reason } : {}) } }));
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        client.PUT('/api/v1/quote-template', {
          // The generated type has no body for multipart routes; FormData goes out as it is.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
          params: { header: reasonHeader(reason) as never },
        }),
      );
    },
    onSuccess: (template) => queryClient.setQueryData(quoteKeys.template(), template),
  });
}

export function useDownloadQuoteTemplate() {
  const client = useApiClient();
  return async (fileName: string) => {
    const blob = await unwrap(client.GET('/api/v1/quote-template/content', { parseAs: 'blob' }));
    saveBlob(blob as unknown as Blob, fileName);
  };
}
