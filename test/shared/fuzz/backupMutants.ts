// Damaged backups, made from one valid backup document written by the app's own writer (backupCreate →
// backupText): the file's bytes damaged (its checksums catch it), nesting past the limit, huge arrays, and
// documents whose rows or header were changed and then sealed again with backupDocumentBuild, so the
// restore's own checks are reached. Plain module: the fuzz test and bench/fileFuzz.ts make the same list.
import { backupDocumentBuild, backupText, type BackupDocument } from '../../../shared/backup/format';
import { bytesDamaged, intBelow, jsonFieldAdded, jsonHugeArray, jsonNested, jsonValueRandom, pick, rngSeeded, type Rng } from './mutate';

export type BackupLayer = 'text' | 'nested' | 'hugeArray' | 'row' | 'tables' | 'encrypted';

export interface BackupMutant {
  readonly layer: BackupLayer;
  readonly kind: string;
  readonly text: string;
  /** Nested past any limit: the reader must refuse it as backup.tooDeep. */
  readonly deep: boolean;
}

/** How many mutants of each layer; about 1 000 in all. Encrypted ones cost a 600 000-round PBKDF2 each that reaches it. */
export const backupMutantCounts: Readonly<Record<BackupLayer, number>> = {
  text: 450, nested: 100, hugeArray: 30, row: 300, tables: 120, encrypted: 6,
};

export const backupFuzzSeed = 0x14_07_2026;

type Rows = Record<string, unknown[]>;

function rowChanged(rng: Rng, tables: Rows): Rows {
  const names = Object.keys(tables).filter((name) => tables[name]!.length > 0);
  const name = pick(rng, names);
  const rows = [...tables[name]!];
  const at = intBelow(rng, rows.length);
  const row = rows[at];
  if (typeof row === 'object' && row !== null && !Array.isArray(row)) {
    const keys = Object.keys(row);
    const key = rng() < 0.9 && keys.length > 0 ? pick(rng, keys) : 'fuzz';
    const changed: Record<string, unknown> = { ...(row as Record<string, unknown>) };
    if (rng() < 0.2) delete changed[key];
    else changed[key] = jsonValueRandom(rng);
    rows[at] = changed;
  } else rows[at] = jsonValueRandom(rng);
  return { ...tables, [name]: rows };
}

function tablesChanged(rng: Rng, tables: Rows): { kind: string; tables: Rows; schemaVersion?: number } {
  const names = Object.keys(tables);
  const name = pick(rng, names);
  const rows = tables[name]!;
  return pick(rng, [
    () => ({ kind: 'rowDuplicated', tables: rows.length > 0 ? { ...tables, [name]: [...rows, rows[intBelow(rng, rows.length)]] } : tables }),
    () => ({ kind: 'rowRemoved', tables: { ...tables, [name]: rows.slice(1) } }),
    () => ({ kind: 'tableEmptied', tables: { ...tables, [name]: [] } }),
    () => ({ kind: 'tableDropped', tables: Object.fromEntries(Object.entries(tables).filter(([n]) => n !== name)) }),
    () => ({ kind: 'tableUnknown', tables: { ...tables, fuzz: [{}] } }),
    () => ({ kind: 'rowsManyEmpty', tables: { ...tables, [name]: Array.from({ length: 20_000 }, () => ({})) } }),
    () => ({ kind: 'schemaVersion', tables, schemaVersion: pick(rng, [1, 4, 5, 6, 99]) }),
  ])();
}

/** The mutants of `valid` (a document backupCreate made); `encrypted` (the same text sealed) for that layer. */
export async function* backupMutants(valid: BackupDocument, encrypted: string, counts = backupMutantCounts, seed = backupFuzzSeed): AsyncGenerator<BackupMutant> {
  const rng = rngSeeded(seed);
  const text = backupText(valid);
  const bytes = new TextEncoder().encode(text);
  const tables = valid.tables as Rows;
  const header = { appVersion: valid.appVersion, schemaVersion: valid.schemaVersion, createdAt: valid.createdAt };
  const resealed = async (changed: Rows, schemaVersion = header.schemaVersion) => {
    const built = await backupDocumentBuild({ ...header, schemaVersion }, changed);
    return built.ok ? backupText(built.value) : text;
  };

  for (let i = 0; i < counts.text; i++) {
    const damaged = bytesDamaged(rng, bytes);
    yield { layer: 'text', kind: damaged.kind, text: new TextDecoder().decode(damaged.bytes), deep: false };
  }
  for (let i = 0; i < counts.nested; i++) {
    yield { layer: 'nested', kind: 'nested', text: jsonFieldAdded(rng, text, jsonNested(pick(rng, [65, 100, 5_000, 100_000]))), deep: true };
  }
  for (let i = 0; i < counts.hugeArray; i++) {
    yield { layer: 'hugeArray', kind: 'hugeArray', text: jsonFieldAdded(rng, text, jsonHugeArray(pick(rng, [10_000, 100_000, 300_000]))), deep: false };
  }
  for (let i = 0; i < counts.row; i++) {
    yield { layer: 'row', kind: 'value', text: await resealed(rowChanged(rng, tables)), deep: false };
  }
  for (let i = 0; i < counts.tables; i++) {
    const changed = tablesChanged(rng, tables);
    yield { layer: 'tables', kind: changed.kind, text: await resealed(changed.tables, changed.schemaVersion), deep: false };
  }
  const sealed = new TextEncoder().encode(encrypted);
  for (let i = 0; i < counts.encrypted; i++) {
    // A flipped base64 character in the sealed data keeps the envelope's shape and reaches the decryption.
    const at = encrypted.indexOf('"sealed"') + 12 + intBelow(rng, 40);
    if (i % 2 === 0) {
      yield { layer: 'encrypted', kind: 'sealedFlip', text: `${encrypted.slice(0, at)}${encrypted[at] === 'A' ? 'B' : 'A'}${encrypted.slice(at + 1)}`, deep: false };
    } else {
      const damaged = bytesDamaged(rng, sealed);
      yield { layer: 'encrypted', kind: damaged.kind, text: new TextDecoder().decode(damaged.bytes), deep: false };
    }
  }
}
