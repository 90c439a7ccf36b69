import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts a Word document to PDF with LibreOffice (`soffice --headless --convert-to pdf`), each
 * conversion in a temporary folder with its own LibreOffice profile, so parallel conversions do
 * not share (and lock) one profile.
 */
export class LibreOfficePdfConverter {
  private availability: Promise<boolean> | null = null;

  constructor(
    private readonly sofficePath: string,
    private readonly timeoutMs = 60_000,
  ) {}

  /** Whether `soffice` can be run at all; asked once per process. */
  available(): Promise<boolean> {
    this.availability ??= run(this.sofficePath, ['--version'], { timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    return this.availability;
  }

  async convert(docx: Uint8Array): Promise<Uint8Array> {
    const folder = await mkdtemp(join(tmpdir(), 'gemeente-crm-quote-'));
    try {
      const input = join(folder, 'quote.docx');
      await writeFile(input, docx);
      await run(
        this.sofficePath,
        ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(join(folder, 'profile')).href}`, '--convert-to', 'pdf', '--outdir', folder, input],
        { timeout: this.timeoutMs },
      );
      return new Uint8Array(await readFile(join(folder, 'quote.pdf')));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
}
