// Per-agreement wording of clauses (issue 6): the standard text comes from the template, and an edit made
// for one agreement is kept apart as an override keyed by the clause's stable id, so the standard text can
// be restored and the print view can show what was changed. Pure: the same function feeds the .docx, the
// print view and the fingerprinted content of a frozen agreement.
import type { Block, ClauseId, Document, Paragraph } from './model';

export interface ClauseOverride {
  readonly clauseId: ClauseId;
  /** The clause's new wording; a line break starts a new paragraph. */
  readonly text: string;
}

type ClauseBlock = Extract<Block, { kind: 'clause' }>;

/** A clause's wording as one string, paragraphs on separate lines: what the edit box shows. */
export function clauseText(clause: Pick<ClauseBlock, 'paragraphs'>): string {
  return clause.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('\n');
}

/** The edited wording as paragraphs; the first keeps the standard text's alignment. */
function overrideParagraphs(text: string, standard: readonly Paragraph[]): Paragraph[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines.map((line, i) => ({ runs: [{ text: line }], ...(i === 0 && standard[0]?.align ? { align: standard[0].align } : {}) }));
}

/**
 * The document with each overridden clause's wording replaced and marked with the standard text. An
 * override equal to the standard text, blank, or naming a clause the document does not have changes nothing
 * (a clause that no longer applies, such as a red packet dropped from the terms, keeps no stray text).
 */
export function documentApplyOverrides(doc: Document, overrides: readonly ClauseOverride[]): Document {
  if (overrides.length === 0) return doc;
  const byId = new Map(overrides.map((o) => [o.clauseId, o.text]));
  let changed = false;
  const blocks = doc.blocks.map((block): Block => {
    if (block.kind !== 'clause' || block.id === undefined) return block;
    const text = byId.get(block.id);
    if (text === undefined) return block;
    const standardText = block.overridden?.standardText ?? clauseText(block);
    const paragraphs = overrideParagraphs(text, block.paragraphs);
    if (paragraphs.length === 0 || clauseText({ paragraphs }) === standardText) return block;
    changed = true;
    return { ...block, paragraphs, overridden: { standardText } };
  });
  return changed ? { ...doc, blocks } : doc;
}

/** Override ids that match no clause of the document: shown so a stale edit is not silently lost. */
export function documentUnmatchedOverrides(doc: Document, overrides: readonly ClauseOverride[]): ClauseId[] {
  const ids = new Set(doc.blocks.flatMap((b) => (b.kind === 'clause' && b.id !== undefined ? [b.id] : [])));
  return overrides.map((o) => o.clauseId).filter((id) => !ids.has(id));
}

/** Clauses of the document with their ids, for the clause editor. */
export function documentClauses(doc: Document): ClauseBlock[] {
  return doc.blocks.filter((b): b is ClauseBlock => b.kind === 'clause' && b.id !== undefined);
}
