import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, type components, reasonHeader, unwrap, useApiClient } from '@gemeente-crm/web-api-client';

export type DocumentSummary = components['schemas']['DocumentSummary'];
export type DocumentObjectType = 'organisation' | 'person' | 'contact-moment';
export type EmailImportResult = components['schemas']['EmailImportResult'];

export interface DocumentOwner {
  objectType: DocumentObjectType;
  objectId: string;
}

/** File types the archive accepts (the API checks the content; this only guides the file picker). */
export const ACCEPTED_DOCUMENT_TYPES = '.pdf,.png,.jpg,.jpeg,.gif,.docx,.xlsx,.pptx,.doc,.xls,.msg,.txt,.csv,.eml';
export const ACCEPTED_EMAIL_TYPES = '.eml,.msg';

/**
 * react-query keys of documents. A change to documents or e-mails also changes timelines, so
 * callers invalidate `['interactions']` too (see useRefreshRelationViews).
 */
export const documentKeys = {
  all: ['documents'] as const,
  list: (owner: DocumentOwner, page: number) => [...documentKeys.all, owner.objectType, owner.objectId, page] as const,
};

export function useDocuments(owner: DocumentOwner, page = 1, pageSize = 25) {
  const client = useApiClient();
  return useQuery({
    queryKey: documentKeys.list(owner, page),
    queryFn: ({ signal }) => unwrap(client.GET('/api/v1/documents', { params: { query: { objectType: owner.objectType, objectId: owner.objectId, page, pageSize } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** After a change: document lists and the timelines (which show documents and e-mails). */
function useRefreshRelationViews() {
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([queryClient.invalidateQueries({ queryKey: documentKeys.all }), queryClient.invalidateQueries({ queryKey: ['interactions'] })]);
  };
}

/** Uploads one file as multipart/form-data and files it on `owner`. */
export function useUploadDocument(owner: DocumentOwner) {
  const client = useApiClient();
  const refresh = useRefreshRelationViews();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('objectType', owner.objectType);
      form.append('objectId', owner.objectId);
      form.append('file', file, file.name);
      return unwrap(
        client.POST('/api/v1/documents', {
          // The generated type has no body for multipart routes; FormData goes out as it is.
          body: form as never,
          bodySerializer: (body: unknown) => body as FormData,
        }),
      );
    },
    onSuccess: refresh,
  });
}

export function useArchiveDocument() {
  const client = useApiClient();
  const refresh = useRefreshRelationViews();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      unwrap(client.POST('/api/v1/documents/{id}/archive', { params: { path: { id }, header: reasonHeader(reason) as never }, body: { reason } })),
    onSuccess: refresh,
  });
}

/** Fetches a document with the user's token and hands it to the browser as a download. */
export function useDownloadDocument() {
  const client = useApiClient();
  return async (document: { id: string; fileName: string }) => {
    const blob = await unwrap(client.GET('/api/v1/documents/{id}/content', { params: { path: { id: document.id } }, parseAs: 'blob' }));
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

/**
 * Adds e-mail files to a relation, one request per file so each gets its own answer: created,
 * already there (409, with the existing contact moment) or refused (with the reason).
 */
export function useImportEmails(relation: { objectType: 'organisation' | 'person'; objectId: string }) {
  const client = useApiClient();
  const refresh = useRefreshRelationViews();
  const importOne = async (file: File): Promise<EmailImportResult> => {
    const form = new FormData();
    form.append('file', file, file.name);
    const options = { params: { path: { id: relation.objectId } }, body: form as never, bodySerializer: (body: unknown) => body as FormData };
    try {
      const response = await unwrap(
        relation.objectType === 'organisation' ? client.POST('/api/v1/organisations/{id}/emails', options) : client.POST('/api/v1/persons/{id}/emails', options),
      );
      return response.results[0]!;
    } catch (error) {
      if (!(error instanceof ApiError) || !error.problem || (error.kind !== 'conflict' && error.kind !== 'validation' && error.kind !== 'bad-request')) throw error;
      const problem = error.problem as typeof error.problem & { contactMomentId?: string };
      return {
        fileName: file.name,
        status: problem.code === 'email-already-imported' ? 'duplicate' : 'refused',
        contactMomentId: problem.contactMomentId ?? null,
        subject: null,
        attachments: [],
        skippedAttachments: [],
        code: error.fieldErrors[0]?.code ?? problem.code,
        detail: error.fieldErrors[0]?.message ?? problem.detail ?? null,
      };
    }
  };
  return useMutation({
    mutationFn: async (files: readonly File[]) => {
      const results: EmailImportResult[] = [];
      for (const file of files) results.push(await importOne(file));
      return results;
    },
    onSuccess: refresh,
  });
}
