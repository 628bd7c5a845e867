// From a document to the canonical content the parties sign (shared/bundle/agreement.ts). The content
// carries the schema's summary (parties, term, clauses, figures) and the whole frozen document under
// `document`, so the fingerprint covers every word printed and a signed version prints exactly what was
// signed, whatever the templates or the enterprise become later.
import { canonicalJson } from '../../shared/backup/canonicalJson';
import { baseWageFigureKey, type AgreementContent, type AgreementKind } from '../../shared/bundle/agreement';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { Block, Document, Run } from '../model';
import type { TemplateName } from '../registry';
import type { CaseViewModel, PartiesView, TermView } from '../viewModel';
import { frozenDocumentParse, type FrozenDocument } from './documentSchema';

/** The templates that are agreements the parties sign, and their kind in the bundle format. */
export const signableKinds: Partial<Record<TemplateName, AgreementKind>> = {
  'wage-agreement': 'wage',
  'job-retention': 'jobRetention',
  'ohs-agreement': 'occupationalHealth',
  'women-workers': 'womenWorkers',
};

export function templateSignable(name: TemplateName): boolean {
  return signableKinds[name] !== undefined;
}

type Figure = AgreementContent['figures'][number];

export { baseWageFigureKey };
const fen = (key: string, label: string, value: number): Figure => ({ key, label, value, unit: 'fen' });

export interface SignableFacts {
  readonly parties: PartiesView;
  readonly term: TermView;
  readonly signingDate: IsoDate | null;
  /** The agreed figures in their units (分, workers, months), for registries that read content without the text. */
  readonly figures: readonly Figure[];
}

/** The parties, term, signing date and figures of a signable template's view, or null for other templates. */
export function signableFacts(name: TemplateName, vm: CaseViewModel): SignableFacts | null {
  switch (name) {
    case 'wage-agreement': {
      const v = vm.wageAgreement;
      if (!v) return null;
      const benefits = v.benefits.flatMap((b, i) => (b.kind === 'travelSubsidy' ? [] : [fen(`benefit${i + 1}`, b.name, b.amount)]));
      const final = v.standards.at(-1);
      const figures = [
        // The registry reads this key: the base wage the agreement settles on (the last period's).
        ...(final ? [fen(baseWageFigureKey, '月基本工资', final.monthly)] : []),
        ...v.standards.map((s, i) => fen(`baseWageMonthly${i + 1}`, `${s.period}月基本工资`, s.monthly)),
        fen('minimumWageMonthly', '当地月最低工资标准', v.minimumWage.monthly),
        ...benefits,
      ];
      return { parties: v.parties, term: v.term, signingDate: v.signingDate, figures };
    }
    case 'job-retention': {
      const v = vm.jobRetention;
      if (!v) return null;
      const figures: Figure[] = [
        fen('guaranteedMonthly', '休假期间每月保障工资', v.guaranteedMonthly),
        ...(v.returnAllowance === null ? [] : [fen('returnAllowance', '返岗路费补贴（每人）', v.returnAllowance)]),
        { key: 'workersCovered', label: '休假职工人数', value: v.workersCovered, unit: 'workers' },
        { key: 'leaveMonths', label: '带薪休假月数', value: v.leaveMonths, unit: 'months' },
      ];
      return { parties: v.parties, term: v.period, signingDate: v.signingDate, figures };
    }
    case 'ohs-agreement': {
      const v = vm.ohsAgreement;
      if (!v) return null;
      const figures = v.hazardAllowance === null ? [] : [fen('hazardAllowance', '岗位津贴', v.hazardAllowance)];
      return { parties: v.parties, term: v.term, signingDate: v.signingDate, figures };
    }
    case 'women-workers':
      return vm.womenWorkers ? { parties: vm.womenWorkers.parties, term: vm.womenWorkers.term, signingDate: vm.womenWorkers.signingDate, figures: [] } : null;
    default:
      return null;
  }
}

const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('').trim();
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function clausesOf(blocks: readonly Block[]): AgreementContent['clauses'] {
  const clauses = blocks.flatMap((b) => {
    if (b.kind !== 'clause') return [];
    const text = b.paragraphs.map((p) => runsText(p.runs)).filter(Boolean).join('\n');
    return text ? [{ number: b.number, heading: clip(b.heading ?? '', 100), text: clip(text, 5000) }] : [];
  });
  if (clauses.length > 0) return clauses.slice(0, 500);
  // A document without articles: its paragraphs, numbered in order.
  const paragraphs = blocks.flatMap((b) => (b.kind === 'paragraph' && runsText(b.runs) ? [runsText(b.runs)] : []));
  return paragraphs.slice(0, 500).map((text, i) => ({ number: String(i + 1), heading: '', text: clip(text, 5000) }));
}

/** The view's figures, then every amount printed as an amount block. */
function figuresOf(facts: SignableFacts, blocks: readonly Block[]): AgreementContent['figures'] {
  const amounts = blocks
    .flatMap((b) => (b.kind === 'amount' ? [b] : []))
    .slice(0, 500)
    .map((b, i) => fen(`amount${i + 1}`, clip(b.label, 100), b.amount));
  return [...facts.figures, ...amounts].slice(0, 500);
}

/** JSON-safe copy (drops `undefined` fields, which canonical JSON refuses). */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export function frozenDocumentOf(doc: Document): FrozenDocument {
  return plain({ title: doc.title, ...(doc.subtitle ? { subtitle: doc.subtitle } : {}), blocks: doc.blocks });
}

/** The content to freeze for `doc`; `today` is the signing date when the view gives none. */
export function agreementContentOf(
  name: TemplateName,
  doc: Document,
  facts: SignableFacts,
  today: IsoDate,
): AgreementContent {
  const p = facts.parties;
  const frozen = frozenDocumentOf(doc);
  return {
    title: doc.title,
    parties: {
      employer: { name: p.enterprise.name, creditCode: p.enterprise.creditCode, chief: p.employer.chief.name },
      workers: { name: p.unionName, chief: p.workers.chief.name },
    },
    term: { from: facts.term.from, to: facts.term.to },
    clauses: clausesOf(frozen.blocks),
    figures: figuresOf(facts, frozen.blocks),
    signedAt: facts.signingDate ?? today,
    template: name,
    document: frozen,
  };
}

/** The document a stored version froze, or null when the content has none readable. */
export function agreementDocument(content: AgreementContent): FrozenDocument | null {
  return frozenDocumentParse((content as Record<string, unknown>).document);
}

/** Whether two contents say the same thing (the signing date aside: regenerating on another day is not an edit). */
export function agreementContentSame(a: AgreementContent, b: AgreementContent): boolean {
  const body = (c: AgreementContent) => {
    const text = canonicalJson({ ...c, signedAt: null });
    return text.ok ? text.value : null;
  };
  const left = body(a);
  return left !== null && left === body(b);
}
