import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Real tools judge the PDFs the tests make: qpdf checks the file's structure, poppler reads
 * its text and renders its pages, zbar reads the barcodes off the rendered pages. A missing
 * tool fails the test with what to install; it is never a reason to skip.
 */

const packages: Record<string, string> = { qpdf: 'qpdf', pdftotext: 'poppler-utils', pdftoppm: 'poppler-utils', pdfinfo: 'poppler-utils', zbarimg: 'zbar-tools' };

function run(tool: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(
        `${tool} is not installed; the PDF tests need it. Install it with: apt-get install -y ${packages[tool] ?? tool} (all: qpdf poppler-utils zbar-tools)`,
      );
    }
    throw result.error;
  }
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function withFile<T>(pdf: Uint8Array, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'hylle-pdf-'));
  try {
    const file = path.join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return use(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `qpdf --check`: exit status 0 and its report. */
export function qpdfCheck(pdf: Uint8Array): { ok: boolean; report: string } {
  return withFile(pdf, (file) => {
    const result = run('qpdf', ['--check', file]);
    return { ok: result.status === 0, report: result.stdout + result.stderr };
  });
}

/**
 * The text as pdftotext reads it in drawing order (`-raw`), pages separated by a form feed,
 * no-break spaces read as spaces.
 */
export function pdfText(pdf: Uint8Array): string {
  return withFile(pdf, (file) => {
    const result = run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
    if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
    return result.stdout.replaceAll('\u00a0', ' ');
  });
}

export function pdfPageCount(pdf: Uint8Array): number {
  return withFile(pdf, (file) => {
    const result = run('pdfinfo', [file]);
    const match = /^Pages:\s+(\d+)/m.exec(result.stdout);
    if (result.status !== 0 || !match) throw new Error(`pdfinfo failed: ${result.stderr}`);
    return Number(match[1]);
  });
}

export type DecodedBarcode = { symbology: string; data: string };

/**
 * Renders the pages (`pdftoppm -r 200 -gray -png`: grey, as the bars are, and quicker to write)
 * and reads every barcode on them with zbarimg;
 * each page's symbols in a list of their own.
 */
export function readBarcodes(pdf: Uint8Array, options: { dpi?: number; firstPage?: number; lastPage?: number } = {}): DecodedBarcode[][] {
  return withFile(pdf, (file, dir) => {
    const range = [...(options.firstPage ? ['-f', String(options.firstPage)] : []), ...(options.lastPage ? ['-l', String(options.lastPage)] : [])];
    const rendered = run('pdftoppm', ['-r', String(options.dpi ?? 200), '-gray', '-png', ...range, file, path.join(dir, 'page')]);
    if (rendered.status !== 0) throw new Error(`pdftoppm failed: ${rendered.stderr}`);
    const images = readdirSync(dir)
      .filter((name) => name.endsWith('.png'))
      .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]));
    return images.map((image) => {
      const result = run('zbarimg', ['--quiet', path.join(dir, image)]);
      // zbarimg exits with 4 when it finds no symbol: that is an answer, not a failure.
      if (result.status !== 0 && result.status !== 4) throw new Error(`zbarimg failed on ${image}: ${result.stderr}`);
      return result.stdout
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => ({ symbology: line.slice(0, line.indexOf(':')), data: line.slice(line.indexOf(':') + 1) }));
    });
  });
}
