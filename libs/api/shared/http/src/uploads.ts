import { applyDecorators, HttpException } from '@nestjs/common';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';

/** One file from a multipart/form-data request, read into memory (size capped by UPLOAD_LIMIT_BYTES). */
export interface UploadedFile {
  fieldName: string;
  fileName: string;
  /** The content type the client declared; check it against the bytes before trusting it. */
  declaredContentType: string;
  data: Buffer;
}

export interface Upload {
  files: UploadedFile[];
  /** Plain (non-file) form fields; the last value wins when a name repeats. */
  fields: Record<string, string>;
}

export interface ReadUploadOptions {
  maxFiles?: number;
  /** Stricter than the global limit, e.g. for an e-mail message. */
  maxFileBytes?: number;
}

/**
 * Reads a multipart/form-data request. Every failure is the user's (wrong content type, too
 * large, no file) and becomes a problem with a stable code, never a 500.
 */
export async function readUpload(request: FastifyRequest, options: ReadUploadOptions = {}): Promise<Upload> {
  if (!request.isMultipart?.()) {
    throw new HttpException({ code: 'multipart-required', detail: 'Stuur het bestand als multipart/form-data.' }, 415);
  }
  const maxFiles = options.maxFiles ?? 20;
  const files: UploadedFile[] = [];
  const fields: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: { files: maxFiles, ...(options.maxFileBytes ? { fileSize: options.maxFileBytes } : {}) } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer();
        files.push({ fieldName: part.fieldname, fileName: safeFileName(part.filename), declaredContentType: part.mimetype || 'application/octet-stream', data });
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    throw uploadProblem(error);
  }
  if (files.length === 0) {
    throw new HttpException({ code: 'file-missing', detail: 'Er is geen bestand meegestuurd.', errors: [{ field: 'file', code: 'required', message: 'Kies een bestand.' }] }, 422);
  }
  return { files, fields };
}

function uploadProblem(error: unknown): HttpException {
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new HttpException({ code: 'file-too-large', detail: 'Het bestand is groter dan toegestaan.' }, 413);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new HttpException({ code: 'too-many-files', detail: 'Er zijn te veel bestanden of velden meegestuurd.' }, 413);
  }
  if (error instanceof HttpException) return error;
  return new HttpException({ code: 'multipart-invalid', detail: 'Het meegestuurde formulier kon niet worden gelezen.' }, 400);
}

/** Keeps the last path segment and drops control characters, so a name is safe to show and to send back. */
export function safeFileName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return cleaned || 'bestand';
}

/** Documents a multipart endpoint: one or more files under `file`, plus optional text fields. */
export function ApiFileUpload(description: string, textFields: Record<string, string> = {}): MethodDecorator {
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary' },
          ...Object.fromEntries(Object.entries(textFields).map(([name, text]) => [name, { type: 'string', description: text }])),
        },
      },
    }),
  );
}
