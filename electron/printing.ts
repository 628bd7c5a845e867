// Printing the page the renderer shows: through the system print dialog (never silently), or to a PDF
// file the user places with the save dialog. The renderer's print stylesheet lays out A4 pages.
import type { WebContents } from 'electron';
import type { SaveFileOutcome } from '../shared/ipc/contract';
import { resultErr, resultOk } from '../shared/result';
import type { Result } from '../shared/result';
import { saveFileWithDialog } from './files';
import type { SaveFileDeps } from './files';

/** Chromium reports a dismissed print dialog as a failure ("Print job canceled"); for the user it is not an error. */
function printCanceled(reason: string): boolean {
  return /cancel/i.test(reason);
}

export function printWithDialog(webContents: Pick<WebContents, 'print'>): Promise<Result<{ readonly printed: boolean }>> {
  return new Promise((settle) => {
    try {
      webContents.print({ silent: false, printBackground: true, pageSize: 'A4' }, (success, failureReason) => {
        if (success) settle(resultOk({ printed: true }));
        else if (printCanceled(failureReason)) settle(resultOk({ printed: false }));
        else settle(resultErr('print.failed', `Printing failed: ${failureReason}`));
      });
    } catch (error) {
      settle(resultErr('print.failed', `Printing failed: ${error instanceof Error ? error.message : String(error)}`));
    }
  });
}

/** The suggested name with a .pdf extension (added when missing). */
export function pdfFileName(suggestedName: string): string {
  return /\.pdf$/i.test(suggestedName) ? suggestedName : `${suggestedName}.pdf`;
}

export interface PrintToPdfDeps extends SaveFileDeps {
  readonly webContents: Pick<WebContents, 'printToPDF'>;
}

export async function printToPdfFile(deps: PrintToPdfDeps, request: { readonly suggestedName: string }): Promise<Result<SaveFileOutcome>> {
  let pdf: Uint8Array;
  try {
    // The PDF is made before the dialog opens: if it cannot be made, the user is not asked where to put it.
    pdf = await deps.webContents.printToPDF({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false, preferCSSPageSize: true });
  } catch (error) {
    return resultErr('print.pdfFailed', `Making the PDF failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return saveFileWithDialog(deps, { suggestedName: pdfFileName(request.suggestedName), data: pdf, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
}
