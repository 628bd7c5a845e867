// The document model (templates/model.ts) as a zod schema: a signed version stores the document it
// froze (content.document), and what comes back from storage or a file is checked before it is drawn.
import { z } from 'zod';
import type { Fen } from '../../shared/money/fen';
import type { Block, Document } from '../model';

const align = z.enum(['left', 'center', 'right', 'justify']).optional();
const run = z.object({ text: z.string().max(5000), bold: z.boolean().optional(), blank: z.boolean().optional() });
const runs = z.array(run).max(200);
const paragraph = z.object({ runs, align, indent: z.boolean().optional() });
const covers = z.array(z.string().max(40)).max(50).optional();
const cell = z.object({ text: z.union([z.string().max(5000), runs]), bold: z.boolean().optional(), align, span: z.number().int().min(1).max(20).optional() });
const signer = z.object({
  sideLabel: z.string().max(100),
  partyName: z.string().max(200),
  seal: z.boolean(),
  signerRole: z.string().max(100),
  signerName: z.string().max(100).optional(),
  dateLabel: z.string().max(40),
  dateText: z.string().max(40).optional(),
});

const block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string().max(500), covers }),
  z.object({ kind: z.literal('paragraph'), ...paragraph.shape }),
  z.object({
    kind: z.literal('clause'),
    // The clause's stable id and, for an edited clause, the standard text it replaced (templates/overrides.ts).
    id: z.string().max(200).optional(),
    overridden: z.object({ standardText: z.string().max(20_000) }).optional(),
    number: z.string().max(40), heading: z.string().max(200).optional(), paragraphs: z.array(paragraph).max(100), covers }),
  z.object({ kind: z.literal('table'), rows: z.array(z.array(cell).max(20)).max(500), header: z.boolean().optional(), widths: z.array(z.number().positive()).max(20).optional() }),
  z.object({ kind: z.literal('amount'), label: z.string().max(200), amount: z.number().int().min(0).max(1e13), note: z.string().max(500).optional() }),
  // A sector agreement signed by its members' representatives has a line per member (up to 500).
  z.object({ kind: z.literal('signatureBlock'), parties: z.array(signer).min(1).max(510), witness: signer.optional() }),
  z.object({ kind: z.literal('filingBlock'), authority: z.string().max(200), fields: z.array(z.string().max(100)).max(20) }),
  z.object({ kind: z.literal('pageBreak') }),
]);

/** The frozen part of a document: everything but `meta` (draft mark and fingerprint are not content). */
export const frozenDocumentSchema = z.object({
  title: z.string().min(1).max(200),
  subtitle: z.string().max(200).optional(),
  blocks: z.array(block).min(1).max(2000),
});
export type FrozenDocument = Omit<Document, 'meta'>;

/** The frozen document read back, or null when it does not pass the schema. */
export function frozenDocumentParse(raw: unknown): FrozenDocument | null {
  const parsed = frozenDocumentSchema.safeParse(raw);
  if (!parsed.success) return null;
  // The schema mirrors Block; amounts come back as plain numbers and are 分 by construction.
  const blocks = parsed.data.blocks.map((b) => (b.kind === 'amount' ? { ...b, amount: b.amount as Fen } : b)) as Block[];
  return { title: parsed.data.title, ...(parsed.data.subtitle !== undefined ? { subtitle: parsed.data.subtitle } : {}), blocks };
}
