/** What a store action that saves a form returns: the saved id, or the field → i18n key map to show. */
export type SaveOutcome =
  | { readonly ok: true; readonly id: string }
  | { readonly ok: false; readonly fields?: Readonly<Record<string, string>> };
