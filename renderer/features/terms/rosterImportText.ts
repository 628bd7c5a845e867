// Small helpers for the import screen's text: Excel's column letters and the i18n key of a problem code.

/** 0 → A, 25 → Z, 26 → AA: as Excel and WPS label columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** roster.idNumber.checksum → terms.problem.roster_idNumber_checksum (i18n keys nest on dots). */
export function rosterProblemKey(code: string): string {
  return `terms.problem.${code.replace(/\./g, '_')}`;
}
