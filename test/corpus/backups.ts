// Backups: files that are not backups, backups of a newer format, envelopes with a missing or mistyped
// field, and backups whose checksums do not match (one per table), as text for backupParse; then
// well-formed backups (checksums intact) whose rows are not valid, for backupPlan and backupRestore.
import type { BackupDocument } from '../../shared/backup/format';
import { type CorpusCase, corpusLong } from './corpusCase';

/** The tables a backup holds (renderer/db/backupRows.ts backupTableNames; the renderer test checks they agree). */
export const corpusBackupTableNames = [
  'enterprises', 'people', 'settings', 'workers', 'ledgerEntries', 'agreements', 'registry', 'audit', 'rounds', 'sectorAgreements', 'trustedKeys',
] as const;
export type CorpusBackupTable = (typeof corpusBackupTableNames)[number];

export interface CorpusBackup {
  /** A valid backup holding every table in corpusBackupTableNames. */
  readonly document: BackupDocument;
  /** Its file text (backupText). */
  readonly text: string;
}

type Doc = Record<string, unknown> & { tables: Record<string, unknown[]>; checksums: Record<string, string> };
export type BackupTextCase = CorpusCase<'backup.text', (valid: CorpusBackup) => string>;

const text = (name: string, code: string, make: (valid: CorpusBackup) => string): BackupTextCase => ({ name, kind: 'backup.text', input: make, code });
/** The document with `edit` applied and checksums left as they were. */
const edited = (name: string, code: string, edit: (doc: Doc) => void): BackupTextCase =>
  text(name, code, (valid) => {
    const doc = JSON.parse(valid.text) as Doc;
    edit(doc);
    return JSON.stringify(doc, null, 2);
  });
/** The document as plain JSON, for edits that break its shape. */
const loose = (d: Doc) => d as Record<string, unknown>;
const cut = (t: string, share: number) => t.slice(0, Math.floor(t.length * share));
const hexFlip = (hex: string) => (hex.startsWith('0') ? `1${hex.slice(1)}` : `0${hex.slice(1)}`);

export const backupTextCases: readonly BackupTextCase[] = [
  text('empty file', 'backup.notJson', () => ''),
  text('only whitespace', 'backup.notJson', () => '  \n'),
  text('byte-order mark before the JSON', 'backup.notJson', (v) => `\uFEFF${v.text}`),
  text('cut off at 10 %', 'backup.notJson', (v) => cut(v.text, 0.1)),
  text('cut off at 50 %', 'backup.notJson', (v) => cut(v.text, 0.5)),
  text('cut off one character before the end', 'backup.notJson', (v) => v.text.trimEnd().slice(0, -1)),
  text('two backups in one file', 'backup.notJson', (v) => v.text + v.text),
  text('binary bytes', 'backup.notJson', () => '\u0000\u0001PK\u0003\u0004'),
  text('a number too large for JSON (1e400) in place of the document', 'backup.notBackup', () => '1e400'),
  text('null', 'backup.notBackup', () => 'null'),
  text('a JSON array', 'backup.notBackup', () => '[]'),
  text('the backup inside an array', 'backup.notBackup', (v) => `[${v.text}]`),
  text('a number', 'backup.notBackup', () => '42'),
  text('a string', 'backup.notBackup', () => '"wagedesk-backup"'),
  text('an empty object', 'backup.notBackup', () => '{}'),
  edited('format tag missing', 'backup.notBackup', (d) => { delete d.format; }),
  edited('format tag in capitals', 'backup.notBackup', (d) => { d.format = 'WAGEDESK-BACKUP'; }),
  edited('format tag of a bundle', 'backup.notBackup', (d) => { d.format = 'wagedesk-bundle'; }),
  edited('format tag of a terms file', 'backup.notBackup', (d) => { d.format = 'wagedesk-terms/1'; }),
  edited('format version 3', 'backup.tooNew', (d) => { d.formatVersion = 3; }),
  edited('format version 99', 'backup.tooNew', (d) => { d.formatVersion = 99; }),
  edited('format version 0', 'backup.malformed', (d) => { d.formatVersion = 0; }),
  edited('format version as text', 'backup.malformed', (d) => { d.formatVersion = '1'; }),
  edited('format version 1.5', 'backup.malformed', (d) => { d.formatVersion = 1.5; }),
  text('format version 1e400 (Infinity)', 'backup.malformed', (v) => v.text.replace('"formatVersion": 2', '"formatVersion": 1e400')),
  edited('app version missing', 'backup.malformed', (d) => { delete d.appVersion; }),
  edited('schema version 0', 'backup.malformed', (d) => { d.schemaVersion = 0; }),
  edited('schema version as text', 'backup.malformed', (d) => { d.schemaVersion = '4'; }),
  text('schema version 1e400 (Infinity)', 'backup.malformed', (v) => v.text.replace(/"schemaVersion": \d+/, '"schemaVersion": 1e400')),
  edited('created at "yesterday"', 'backup.malformed', (d) => { d.createdAt = 'yesterday'; }),
  edited('tables as a list', 'backup.malformed', (d) => { loose(d).tables = []; }),
  edited('a table that is an object, not a list', 'backup.malformed', (d) => { d.tables.enterprises = {} as unknown as unknown[]; }),
  edited('checksums missing', 'backup.malformed', (d) => { delete loose(d).checksums; }),
  edited('document checksum missing', 'backup.malformed', (d) => { delete d.checksum; }),
  edited('document checksum in capitals', 'backup.malformed', (d) => { d.checksum = String(d.checksum).toUpperCase(); }),
  edited('document checksum of 63 characters', 'backup.malformed', (d) => { d.checksum = String(d.checksum).slice(1); }),
  edited('a table checksum that is not hex', 'backup.malformed', (d) => { d.checksums.people = corpusLong(64, 'g'); }),
  ...corpusBackupTableNames.map((table) =>
    edited(`checksum of ${table} broken`, 'backup.damaged', (d) => { d.checksums[table] = hexFlip(d.checksums[table]!); })),
  ...corpusBackupTableNames.map((table) =>
    edited(`a row added to ${table} without its checksum`, 'backup.damaged', (d) => { d.tables[table]!.push({ id: 'added-by-hand' }); })),
  edited('a table without a checksum', 'backup.damaged', (d) => { delete d.checksums.settings; }),
  edited('a checksum without a table', 'backup.damaged', (d) => { d.checksums.contacts = d.checksums.settings!; }),
  edited('an enterprise name changed by hand', 'backup.damaged', (d) => { (d.tables.enterprises![0] as Record<string, unknown>).name = '改过的名字'; }),
  edited('the app version changed by hand', 'backup.damaged', (d) => { d.appVersion = '9.9.9'; }),
  edited('the document checksum of another file', 'backup.damaged', (d) => { d.checksum = hexFlip(String(d.checksum)); }),
  text('a headcount of 1e400 (Infinity) in a row', 'backup.damaged', (v) => v.text.replace(/"headcount": \d+/, '"headcount": 1e400')),
];

/** Rows as they came out of a valid backup of a store with data in it; the case changes them. */
export interface BackupRowsInput {
  readonly edit: (tables: Record<string, unknown[]>) => void;
  /** The schema version to write in the file (default: the store's own). */
  readonly schemaVersion?: (current: number) => number;
}
export type BackupRowsCase = CorpusCase<'backup.rows', BackupRowsInput>;

type Row = Record<string, unknown>;
const rows = (name: string, code: string, edit: (tables: Record<string, unknown[]>) => void, schemaVersion?: (current: number) => number): BackupRowsCase => ({
  name, kind: 'backup.rows', input: schemaVersion ? { edit, schemaVersion } : { edit }, code,
});
/** The first row of `table` with `change` applied (the table must have rows). */
const firstRow = (table: CorpusBackupTable, change: (row: Row) => void) => (tables: Record<string, unknown[]>) => {
  const list = tables[table]!;
  if (list.length === 0) throw new Error(`the valid backup has no ${table} rows`);
  const row = { ...(list[0] as Row) };
  change(row);
  list[0] = row;
};
const invalid = (name: string, table: CorpusBackupTable, change: (row: Row) => void) => rows(`${table}: ${name}`, 'backup.invalidRow', firstRow(table, change));

/** A pinned federation key row (renderer/db/trustedKeyRepo.ts) with `change` applied. */
const pinnedKey = (change: Row): Row => ({
  id: `federation::${'a'.repeat(64)}`, role: 'federation', name: '宁德市总工会', publicKeyHex: 'a'.repeat(64), fingerprint: 'b'.repeat(64),
  creditCode: null, decision: 'trusted', addedAt: '2021-01-01T00:00:00.000Z', addedHow: 'imported', ...change,
});

export const backupRowsCases: readonly BackupRowsCase[] = [
  ...corpusBackupTableNames.flatMap((table) => [
    rows(`${table}: a null row`, 'backup.invalidRow', (t) => { (t[table] ??= []).push(null); }),
    rows(`${table}: a row that is a string`, 'backup.invalidRow', (t) => { (t[table] ??= []).push('row'); }),
    rows(`${table}: a row that is a list`, 'backup.invalidRow', (t) => { (t[table] ??= []).push([]); }),
  ]),
  invalid('credit code with a bad check character', 'enterprises', (r) => { r.creditCode = `${String(r.creditCode).slice(0, 17)}${String(r.creditCode).endsWith('0') ? '1' : '0'}`; }),
  invalid('headcount -1', 'enterprises', (r) => { r.headcount = -1; }),
  invalid('headcount as text', 'enterprises', (r) => { r.headcount = '50'; }),
  invalid('empty name', 'enterprises', (r) => { r.name = ''; }),
  invalid('more women than staff', 'enterprises', (r) => { r.womenCount = Number(r.headcount) + 1; }),
  invalid('no id', 'enterprises', (r) => { delete r.id; }),
  invalid('deleted "yesterday"', 'enterprises', (r) => { r.deletedAt = 'yesterday'; }),
  invalid('created at a number', 'enterprises', (r) => { r.createdAt = 1_600_000_000_000; }),
  invalid('region code of 5 digits', 'enterprises', (r) => { r.regionCode = '35098'; }),
  invalid('a neutral member', 'people', (r) => { r.side = 'neutral'; r.role = 'member'; }),
  invalid('an unknown role', 'people', (r) => { r.role = 'boss'; }),
  invalid('no enterprise', 'people', (r) => { r.enterpriseId = ''; }),
  invalid('a phone of letters', 'people', (r) => { r.phone = 'call me'; }),
  invalid('the round is not an object', 'rounds', (r) => { r.doc = 'round'; }),
  invalid('the round’s id is not the row’s', 'rounds', (r) => { r.doc = { ...(r.doc as Row), id: 'another-round' }; }),
  invalid('the model has a bad base quarter', 'rounds', (r) => { r.doc = { ...(r.doc as Row), wage: { ...((r.doc as Row).wage as Row), baseQuarter: '2019Q4' } }; }),
  invalid('the model has a base wage of 0', 'rounds', (r) => {
    const c = (r.doc as Row).wage as { scenarios: { wages: Row[] }[] };
    r.doc = { ...(r.doc as Row), wage: { ...c, scenarios: [{ ...c.scenarios[0], wages: [{ ...c.scenarios[0]!.wages[0], amountFen: 0 }] }] } };
  }),
  invalid('no updatedAt', 'rounds', (r) => { delete r.updatedAt; }),
  invalid('an empty key', 'settings', (r) => { r.key = ''; }),
  invalid('an unknown action', 'audit', (r) => { r.action = 'drop'; }),
  invalid('sequence number 0', 'audit', (r) => { r.seq = 0; }),
  invalid('sequence number 1.5', 'audit', (r) => { r.seq = 1.5; }),
  rows('registry: a row without a credit code', 'backup.invalidRow', (t) => { (t.registry ??= []).push({ doc: {}, updatedAt: '2021-01-01T00:00:00.000Z' }); }),
  rows('sectorAgreements: a row whose agreement has no members field of the right type', 'backup.invalidRow', (t) => {
    (t.sectorAgreements ??= []).push({ id: 's1', doc: { id: 's1', members: 'all' }, updatedAt: '2021-01-01T00:00:00.000Z' });
  }),
  rows('trustedKeys: an enterprise key without a credit code', 'backup.invalidRow', (t) => { (t.trustedKeys ??= []).push(pinnedKey({ role: 'enterprise', id: `enterprise::${'a'.repeat(64)}` })); }),
  rows('trustedKeys: an id that names another key', 'backup.invalidRow', (t) => { (t.trustedKeys ??= []).push(pinnedKey({ id: `federation::${'c'.repeat(64)}` })); }),
  rows('trustedKeys: a decision neither trusted nor refused', 'backup.invalidRow', (t) => { (t.trustedKeys ??= []).push(pinnedKey({ decision: 'maybe' })); }),
  rows('workers: a row without an enterprise', 'backup.invalidRow', (t) => { (t.workers ??= []).push({ id: 'w1', doc: {}, updatedAt: '2021-01-01T00:00:00.000Z' }); }),
  ...(['enterprises', 'people', 'settings', 'rounds', 'audit'] as const).map((table) =>
    rows(`${table}: the same row twice (duplicate key)`, 'backup.invalidRow', (t) => { t[table]!.push(t[table]![0]); })),
  rows('a table this build does not know', 'backup.tooNew', (t) => { t.contacts = []; }),
  rows('the meta table (never backed up)', 'backup.tooNew', (t) => { t.meta = [{ key: 'lastBackupAt', value: '2021-01-01T00:00:00.000Z' }]; }),
  rows('a schema version one above this build', 'backup.tooNew', () => {}, (current) => current + 1),
  rows('schema version 99', 'backup.tooNew', () => {}, () => 99),
];
