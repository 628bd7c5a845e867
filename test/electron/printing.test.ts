import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { pdfFileName, printToPdfFile, printWithDialog } from '../../electron/printing';
import type { PrintToPdfDeps } from '../../electron/printing';

type PrintCallback = (success: boolean, failureReason: string) => void;

function printingContents(outcome: [boolean, string]) {
  const print = vi.fn((_options: unknown, callback: PrintCallback) => callback(...outcome));
  return { print } as unknown as Pick<WebContents, 'print'> & { print: typeof print };
}

describe('printWithDialog', () => {
  it('opens the system dialog (never silent) for A4 with backgrounds', async () => {
    const contents = printingContents([true, '']);
    await printWithDialog(contents);
    expect(contents.print).toHaveBeenCalledWith({ silent: false, printBackground: true, pageSize: 'A4' }, expect.any(Function));
  });

  it('resolves printed:true when the job was sent', async () => {
    expect(await printWithDialog(printingContents([true, '']))).toEqual({ ok: true, value: { printed: true } });
  });

  it.each(['Print job canceled', 'cancelled'])('resolves printed:false, not an error, when the user cancels (%s)', async (reason) => {
    expect(await printWithDialog(printingContents([false, reason]))).toEqual({ ok: true, value: { printed: false } });
  });

  it('resolves print.failed on a real failure', async () => {
    expect(await printWithDialog(printingContents([false, 'Invalid printer settings']))).toMatchObject({ ok: false, error: { code: 'print.failed' } });
  });

  it('resolves print.failed when print throws', async () => {
    const contents = { print: () => { throw new Error('boom'); } } as unknown as Pick<WebContents, 'print'>;
    expect(await printWithDialog(contents)).toMatchObject({ ok: false, error: { code: 'print.failed' } });
  });
});

describe('printToPdfFile', () => {
  const PDF = Buffer.from('%PDF-1.7\n');

  function pdfDeps(overrides: Partial<PrintToPdfDeps> = {}) {
    const files = new Map<string, Uint8Array>();
    const deps = {
      webContents: { printToPDF: vi.fn(async () => PDF) },
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/out/纪要.pdf' })),
      writeFile: vi.fn(async (path: string, data: Uint8Array) => void files.set(path, data)),
      rename: vi.fn(async (from: string, to: string) => {
        files.set(to, files.get(from) ?? new Uint8Array());
        files.delete(from);
      }),
      unlink: vi.fn(async (path: string) => void files.delete(path)),
      ...overrides,
    };
    return { deps: deps as typeof deps & PrintToPdfDeps, files };
  }

  it('makes an A4 PDF with CSS page size, no header or footer, and saves it atomically', async () => {
    const { deps, files } = pdfDeps();
    const result = await printToPdfFile(deps, { suggestedName: '纪要' });
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/out/纪要.pdf' } });
    expect(deps.webContents.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false, preferCSSPageSize: true });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: '纪要.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }));
    expect(deps.rename).toHaveBeenCalledOnce();
    expect([...files.keys()]).toEqual(['/out/纪要.pdf']);
    expect(files.get('/out/纪要.pdf')).toEqual(PDF);
  });

  it('returns saved:false when the dialog is cancelled', async () => {
    const { deps } = pdfDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })) });
    expect(await printToPdfFile(deps, { suggestedName: 'a.pdf' })).toEqual({ ok: true, value: { saved: false } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('returns print.pdfFailed without opening the dialog when the PDF cannot be made', async () => {
    const { deps } = pdfDeps({ webContents: { printToPDF: vi.fn(async () => Promise.reject(new Error('renderer gone'))) } as never });
    expect(await printToPdfFile(deps, { suggestedName: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'print.pdfFailed' } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('maps a full disk to file.diskFull', async () => {
    const { deps, files } = pdfDeps({ writeFile: vi.fn(async () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' }))) });
    expect(await printToPdfFile(deps, { suggestedName: 'a.pdf' })).toMatchObject({ ok: false, error: { code: 'file.diskFull' } });
    expect(files.size).toBe(0);
  });

  it.each([
    ['纪要', '纪要.pdf'],
    ['纪要.pdf', '纪要.pdf'],
    ['REPORT.PDF', 'REPORT.PDF'],
    ['合同.docx', '合同.docx.pdf'],
  ])('names %s as %s', (name, expected) => {
    expect(pdfFileName(name)).toBe(expected);
  });
});
