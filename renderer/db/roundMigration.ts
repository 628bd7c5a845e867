// From schema v4's per-enterprise tables to v5's rounds (one row per negotiation round). v4 kept one
// wage case per enterprise, its negotiation records, its terms and its edited clause wordings apart; v5
// keeps each round whole. The same pure function upgrades a database (schema.ts) and a backup written by
// an older build (backupRows.ts), so both arrive in the same shape.
//
// Per enterprise: the most recently changed negotiation record becomes the round that also takes the
// wage case, the terms and the clause wordings, and its id is the enterprise's id, so the agreement
// versions already stored (ids `<template>-<enterprise id>`) stay that round's agreements. Every other
// record becomes a round of its own, under its own id. Rows are carried as they are: a part that does not
// validate is kept in the round and reported when read (restore-on-read), never dropped here.
import { roundProcedureKind } from '../../shared/case/round';

type Row = Readonly<Record<string, unknown>>;

export interface V4Rows {
  readonly enterprises: readonly Row[];
  readonly wageCases: readonly Row[];
  readonly negotiations: readonly Row[];
  readonly terms: readonly Row[];
  readonly settings: readonly Row[];
}

export interface V5Rounds {
  /** Rows for the `rounds` table: { id, enterpriseId, doc, updatedAt, deletedAt }. */
  readonly rounds: Row[];
  /** Settings keys whose content moved into a round (the clause wordings). */
  readonly settingsMoved: string[];
}

const OVERRIDES_PREFIX = 'documents.overrides.';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Row => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : {});
const live = (row: Row) => row.deletedAt === null || row.deletedAt === undefined;

/** The round kind of a v4 record's agreement kind (a special contract is 'other': its subject is not recorded). */
function kindOf(procedureKind: unknown): 'wage' | 'other' {
  return procedureKind === 'wage-agreement' ? 'wage' : 'other';
}

function byEnterprise(rows: readonly Row[]): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const id = text(row.enterpriseId);
    if (id === '') continue;
    map.set(id, [...(map.get(id) ?? []), row]);
  }
  return map;
}

export function roundsFromV4(rows: V4Rows, now: string): V5Rounds {
  const wage = new Map(rows.wageCases.map((w) => [text(w.enterpriseId), w]));
  const records = byEnterprise(rows.negotiations);
  const terms = byEnterprise(rows.terms.filter(live));
  const overrides = new Map<string, Row[]>();
  for (const s of rows.settings) {
    const key = text(s.key);
    if (!key.startsWith(OVERRIDES_PREFIX)) continue;
    const [enterpriseId, template] = key.slice(OVERRIDES_PREFIX.length).split('.');
    if (enterpriseId && template) overrides.set(enterpriseId, [...(overrides.get(enterpriseId) ?? []), s]);
  }

  const out: Row[] = [];
  const settingsMoved: string[] = [];
  for (const enterprise of rows.enterprises) {
    const enterpriseId = text(enterprise.id);
    const name = text(enterprise.name);
    const regionCode = text(enterprise.regionCode);
    const own = [...(records.get(enterpriseId) ?? [])].sort((a, b) => (live(a) === live(b) ? text(b.updatedAt).localeCompare(text(a.updatedAt)) : live(a) ? -1 : 1));
    const wageRow = wage.get(enterpriseId);
    const ownTerms = terms.get(enterpriseId) ?? [];
    const ownOverrides = overrides.get(enterpriseId) ?? [];
    if (own.length === 0 && !wageRow && ownTerms.length === 0 && ownOverrides.length === 0) continue;

    const [main, ...others] = own;
    const mainRecord = main ? record(main.doc) : { title: `${name}工资集体协商`, kind: 'wage-agreement', enterpriseName: name, regionCode };
    const title = text(mainRecord.title) || `${name}工资集体协商`;
    const clauseOverrides = Object.fromEntries(ownOverrides.map((s) => [text(s.key).split('.').at(-1)!, s.value]));
    settingsMoved.push(...ownOverrides.map((s) => text(s.key)));
    out.push({
      id: enterpriseId,
      enterpriseId,
      doc: {
        id: enterpriseId,
        title,
        kind: kindOf(mainRecord.kind),
        previousRoundId: null,
        wage: wageRow ? (wageRow.case ?? null) : null,
        agreed: null,
        terms: ownTerms.map((t) => t.doc),
        procedure: { kind: roundProcedureKind(kindOf(mainRecord.kind)), ...mainRecord, title },
        details: { clauseOverrides },
        assumptions: [],
      },
      updatedAt: [main?.updatedAt, wageRow?.updatedAt, ...ownTerms.map((t) => t.updatedAt)].map(text).sort().at(-1) || now,
      deletedAt: main && !live(main) ? text(main.deletedAt) : null,
    });
    for (const other of others) {
      const doc = record(other.doc);
      const id = text(other.id);
      out.push({
        id,
        enterpriseId,
        doc: { id, title: text(doc.title) || title, kind: kindOf(doc.kind), procedure: doc, assumptions: [] },
        updatedAt: text(other.updatedAt) || now,
        deletedAt: live(other) ? null : text(other.deletedAt),
      });
    }
  }
  return { rounds: out, settingsMoved };
}
