import { createRequire } from 'node:module';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type QuoteMergeData, QuoteDocumentRenderer, type TemplateInspection } from '@gemeente-crm/leads-core';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { QUOTES_OPTIONS, type QuotesModuleOptions } from '../quotes-options.js';
import { buildDefaultQuoteTemplate } from './default-quote-template.js';
import { LibreOfficePdfConverter } from './libre-office-pdf-converter.js';
import { quotePdfDefinition } from './quote-pdf-layout.js';

// pdfmake is CommonJS exporting an instance; its types describe named functions.
const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake');
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
pdfmake.setFonts({ Helvetica: HELVETICA });
// Quotes use the PDF standard fonts (built into pdfkit) and no images: no other file, no URL.
const STANDARD_FONTS = new Set(Object.values(HELVETICA));
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => STANDARD_FONTS.has(path));

const OPTIONS = { paragraphLoop: true, linebreaks: true, errorLogging: false } as const;

/** The part of docxtemplater's compiled template we read (its InspectModule needs lodash, which we do not ship). */
interface TemplatePart {
  type: string;
  value?: string;
  module?: string;
  subparsed?: TemplatePart[];
}

/**
 * Word documents with docxtemplater, PDFs with pdfmake: pure JavaScript, no office suite needed.
 * Optionally (QuotesModuleOptions.libreOffice) the PDF is the filled Word document converted by
 * LibreOffice instead.
 */
@Injectable()
export class DocxQuoteRenderer extends QuoteDocumentRenderer {
  private readonly logger = new Logger(DocxQuoteRenderer.name);
  private readonly libreOffice: LibreOfficePdfConverter | null;
  private defaultBytes: Uint8Array | null = null;

  constructor(@Inject(QUOTES_OPTIONS) options: QuotesModuleOptions) {
    super();
    this.libreOffice = options.libreOffice ? new LibreOfficePdfConverter(options.libreOffice.sofficePath) : null;
  }

  defaultTemplate(): Uint8Array {
    this.defaultBytes ??= buildDefaultQuoteTemplate();
    return this.defaultBytes;
  }

  inspectTemplate(template: Uint8Array): TemplateInspection {
    let document: Docxtemplater;
    try {
      // The constructor compiles every templated part (body, headers, footers) and throws all errors at once.
      document = new Docxtemplater(new PizZip(template), OPTIONS);
    } catch (error) {
      return { problems: templateProblems(error), tags: [] };
    }
    const compiled = (document as unknown as { compiled: Record<string, { postparsed: TemplatePart[] }> }).compiled;
    const tags = new Set(Object.values(compiled).flatMap((part) => tagsOf(part.postparsed)));
    return { problems: [], tags: [...tags] };
  }

  renderDocx(template: Uint8Array, data: QuoteMergeData): Uint8Array {
    const document = new Docxtemplater(new PizZip(template), { ...OPTIONS, nullGetter: () => '' });
    document.render(data);
    return document.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  }

  async renderPdf(template: Uint8Array, data: QuoteMergeData): Promise<Uint8Array> {
    if (this.libreOffice && (await this.libreOffice.available())) {
      try {
        return await this.libreOffice.convert(this.renderDocx(template, data));
      } catch (error) {
        // A quote must not fail because the office suite did: the pdfmake layout has the same content.
        this.logger.warn(`LibreOffice could not convert the quote, using pdfmake instead: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return new Uint8Array(await pdfmake.createPdf(quotePdfDefinition(data)).getBuffer());
  }
}

/** Every tag, loops' inner tags prefixed with the loop: `regels`, `regels.omschrijving`, `totaal`. */
function tagsOf(parts: TemplatePart[], prefix = ''): string[] {
  return parts.flatMap((part) => {
    if (part.type !== 'placeholder' || part.value === undefined) return [];
    const path = prefix ? `${prefix}.${part.value}` : part.value;
    return [path, ...(part.module === 'loop' && part.subparsed ? tagsOf(part.subparsed, path) : [])];
  });
}

/** docxtemplater's compile errors, as short explanations (it collects all of them in one error). */
function templateProblems(error: unknown): string[] {
  const properties = (error as { properties?: { errors?: { message?: string; properties?: { explanation?: string } }[] } }).properties;
  const listed = properties?.errors?.map((item) => item.properties?.explanation ?? item.message ?? 'onbekende fout') ?? [];
  if (listed.length > 0) return listed;
  return [error instanceof Error ? error.message : 'onbekende fout'];
}
