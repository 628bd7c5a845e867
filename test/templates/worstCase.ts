// The sample's rounds as the worst a user could type or paste: every name, title, place, term and clause
// carries the characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF, lone surrogates) or discourages
// (DEL, C1 controls, noncharacters), beside the five that must be escaped; the enterprise name and an
// address are as long as their fields allow, a commitment is described at the schema's 2 000 characters
// (its table row is taller than a page), and one clause of every document is edited to 5 000 characters.
import type { CaseFileInput } from '../../shared/case/caseFile';
import type { RoundInput } from '../../shared/case/round';
import { referenceCaseFile } from '../../shared/sample/referenceRounds';
import { textLimits } from '../../shared/text/textLimits';
import type { TermInput } from '../../shared/terms/term';
import { caseDocuments } from '../../templates/caseViewModel';
import type { Document } from '../../templates/model';
import { documentClauses } from '../../templates/overrides';
import { type TemplateName, templateNames } from '../../templates/registry';
import { caseOf, withWomenWorkers } from './sampleCase';

/**
 * Never a surrogate pair: a low half after a non-surrogate, a high half before one. Whitespace controls
 * (tab, line feed) are left out: they are allowed, and a line feed in a cell starts a paragraph.
 */
export const BAD_CHARS = '\u0000\u0001\u0008\u000B\u000C\u001F\u007F\u0080\u0085\u009F\uDC00\uD800\uFDD0\uFFFE\uFFFF\uDFFF\uDBFF';
/** Allowed, and must come through as they are: the five escaped characters and a character outside the BMP. */
export const ESCAPED_CHARS = '&<>"\'𠀀';

/** `text` with the bad characters after its first character (names are trimmed: inside, not at the ends). */
export const spoilt = (text: string): string => `${text.slice(0, 1)}${BAD_CHARS}${text.slice(1)}`;
const padded = (text: string, length: number) => text + '长'.repeat(Math.max(0, length - text.length));

export const worstEnterpriseName = padded(spoilt(`福建隆祥${ESCAPED_CHARS}皮革有限公司`), textLimits.enterpriseName);
const longClause = padded(spoilt(`经双方协商${ESCAPED_CHARS}一致，`) + '\n' + spoilt('本条款按修改后的措辞执行。') + '\n', textLimits.clause);

function termSpoilt(term: TermInput, i: number): TermInput {
  const title = spoilt(term.title);
  if (term.kind !== 'commitment') return { ...term, title };
  // The first commitment as long as the schema allows: its row in the commitments table outgrows a page.
  return { ...term, title, description: i === 0 ? padded(spoilt(term.description), 2000) : spoilt(term.description) };
}

function roundSpoilt(round: RoundInput, overrides: Partial<Record<TemplateName, string>>): RoundInput {
  const d = round.details ?? {};
  let commitments = 0;
  return {
    ...round,
    title: spoilt(round.title),
    terms: (round.terms ?? []).map((t) => termSpoilt(t, t.kind === 'commitment' ? commitments++ : -1)),
    details: {
      ...d,
      signingPlace: spoilt(d.signingPlace ?? '公司会议室'),
      labourAuthority: spoilt(d.labourAuthority ?? '人力资源和社会保障局'),
      wageStructure: (d.wageStructure ?? ['基本工资']).map(spoilt),
      clauseOverrides: Object.fromEntries(
        Object.entries(overrides).map(([name, clauseId]) => [name, [{ clauseId: clauseId!, text: longClause, editedAt: '2021-01-10T09:00:00+08:00' }]]),
      ),
    },
  };
}

function fileSpoilt(input: CaseFileInput, overrides: Partial<Record<TemplateName, string>>): CaseFileInput {
  const e = input.enterprise;
  return {
    ...input,
    enterprise: {
      ...e,
      name: worstEnterpriseName,
      address: padded(spoilt(e.address ?? '福建省'), 200),
      legalRepresentative: spoilt(e.legalRepresentative),
      unionName: spoilt(e.unionName ?? '工会'),
      unionChair: spoilt(e.unionChair ?? '主席'),
      witnessFederation: spoilt(e.witnessFederation ?? '总工会'),
    },
    people: (input.people ?? []).map((p) => ({ ...p, name: spoilt(p.name), post: spoilt(p.post ?? '职工') })),
    earlier: (input.earlier ?? []).map((r) => ({ ...r, title: spoilt(r.title) })),
    round: roundSpoilt(input.round as RoundInput, overrides),
  };
}

/** Every template's document from the spoilt sample rounds (job retention from its own round, the rest from January 2021). */
export function worstDocuments(): Map<TemplateName, Document> {
  const rounds = [withWomenWorkers(referenceCaseFile('ref-2021-1')), referenceCaseFile('ref-2020-jr')];
  const docs = new Map<TemplateName, Document>();
  for (const input of rounds) {
    // First without edits, to learn each document's first clause; then with that clause edited.
    const plain = caseOf(fileSpoilt(input, {}));
    const firstClauses = caseDocuments(plain.data, plain.ctx).documents.flatMap((d) => {
      const id = d.doc ? documentClauses(d.doc)[0]?.id : undefined;
      return id === undefined ? [] : [[d.name, id] as const];
    });
    const worst = caseOf(fileSpoilt(input, Object.fromEntries(firstClauses)));
    for (const d of caseDocuments(worst.data, worst.ctx).documents) if (d.doc && !docs.has(d.name)) docs.set(d.name, d.doc);
  }
  const missing = templateNames.filter((name) => !docs.has(name));
  if (missing.length > 0) throw new Error(`no worst-case document for ${missing.join(', ')}`);
  return docs;
}
