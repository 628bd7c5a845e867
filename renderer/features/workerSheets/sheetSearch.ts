// Finding a worker's sheet: by name, worker number or group, never by ID number (the screen may be seen
// by others at the table). Returns indexes into the set, so the preview can page on from a match.
import type { WorkerSheet } from '../../../templates/workerSheet/sheetModel';

export function workerSheetSearch(sheets: readonly WorkerSheet[], query: string): number[] {
  const q = query.normalize('NFKC').trim().toLowerCase();
  const found: number[] = [];
  sheets.forEach((s, i) => {
    const who = s.who;
    const words = who.kind === 'worker' ? [who.name, who.number ?? '', who.group] : [who.group];
    if (q === '' || words.some((w) => w.toLowerCase().includes(q))) found.push(i);
  });
  return found;
}

/** The name a sheet is listed by. */
export function workerSheetName(sheet: WorkerSheet): string {
  return sheet.who.kind === 'worker' ? sheet.who.name : sheet.who.group;
}
