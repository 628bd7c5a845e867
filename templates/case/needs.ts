// What a document still needs before it can be printed, each named by what it is and the screen where
// it is entered. A view builder records every value it could not find here instead of printing a blank,
// a placeholder or a guess; the documents screen lists them, each linked to its screen.

/** The screens a missing value is entered on (the renderer maps each to a route). */
export const caseScreens = ['enterprise', 'people', 'scenarios', 'terms', 'negotiations', 'details', 'settings'] as const;
export type CaseScreen = (typeof caseScreens)[number];

export interface MissingValue {
  /** Stable key; the UI says it through `documents.need.<what>`. */
  readonly what: string;
  readonly screen: CaseScreen;
}

export class Needs {
  readonly missing: MissingValue[] = [];

  /** `value`, or null after recording it as missing (null, undefined and blank text count as missing). */
  need<T>(value: T | null | undefined, what: string, screen: CaseScreen): T | null {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      this.add(what, screen);
      return null;
    }
    return value;
  }

  add(what: string, screen: CaseScreen): void {
    if (!this.missing.some((m) => m.what === what)) this.missing.push({ what, screen });
  }

  get complete(): boolean {
    return this.missing.length === 0;
  }
}
