import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { backupDocumentBuild, backupParse, backupText, type BackupDocument, type BackupTables } from '../../../shared/backup/format';
import { canonicalJson } from '../../../shared/backup/canonicalJson';
import { sha256Hex } from '../../../shared/backup/sha256';

const header = { appVersion: '0.1.0', schemaVersion: 2, createdAt: '2021-01-10T08:00:00.000Z' };
const tables: BackupTables = {
  enterprises: [
    { id: 'e1', name: '福建隆祥皮革有限公司', headcount: 120, womenCount: null, deletedAt: null },
    { id: 'e2', name: '福鼎市示范制衣有限公司', headcount: 80, womenCount: 30, deletedAt: '2021-01-09T00:00:00.000Z' },
  ],
  people: [{ id: 'p1', enterpriseId: 'e1', name: '吴华贵', side: 'workers', role: 'chief', note: '工会主席 😀' }],
  settings: [{ key: 'language', value: 'zh-CN' }],
};

async function built(t: BackupTables = tables): Promise<BackupDocument> {
  const result = await backupDocumentBuild(header, t);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Parses JSON text of a (possibly edited) document. */
const parse = (document: unknown) => backupParse(JSON.stringify(document));

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vectors and hashes text as UTF-8', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('协商')).toBe(await sha256Hex(decodeURIComponent('%E5%8D%8F%E5%95%86')));
  });
});

describe('backupDocumentBuild', () => {
  it('writes the version 2 envelope with one checksum per table and one for the document', async () => {
    const document = await built();
    expect(document).toMatchObject({ format: 'wagedesk-backup', formatVersion: 2, ...header, tables });
    expect(Object.keys(document.checksums).sort()).toEqual(['enterprises', 'people', 'settings']);
    const peopleCanonical = canonicalJson(tables.people);
    expect(document.checksums.people).toBe(await sha256Hex(peopleCanonical.ok ? peopleCanonical.value : ''));
    const { checksum, ...content } = document;
    const contentCanonical = canonicalJson(content);
    expect(checksum).toBe(await sha256Hex(contentCanonical.ok ? contentCanonical.value : ''));
  });

  it('refuses rows JSON cannot carry faithfully, naming the table and the path', async () => {
    const result = await backupDocumentBuild(header, { ...tables, people: [{ id: 'p1', headcount: NaN }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'backup.unserializable', params: { table: 'people', path: '[0].headcount' } } });
  });
});

describe('backupParse', () => {
  it('reads back exactly the document written, indented or not', async () => {
    const document = await built();
    expect(await backupParse(backupText(document))).toEqual({ ok: true, value: document });
    expect(await backupParse(JSON.stringify(document))).toEqual({ ok: true, value: document });
  });

  it('does not care about the order of keys in the file', async () => {
    const document = await built();
    const reversed = JSON.parse(JSON.stringify(document), (_key, value: unknown) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as unknown;
    expect(await parse(reversed)).toMatchObject({ ok: true });
  });

  it('says when a file is not JSON, or not a backup', async () => {
    expect(await backupParse('')).toMatchObject({ ok: false, error: { code: 'backup.notJson' } });
    expect(await backupParse('{"format": "wagedesk-backup",')).toMatchObject({ ok: false, error: { code: 'backup.notJson' } });
    expect(await backupParse('[1, 2]')).toMatchObject({ ok: false, error: { code: 'backup.notBackup' } });
    expect(await backupParse('null')).toMatchObject({ ok: false, error: { code: 'backup.notBackup' } });
    expect(await parse({ name: '福建隆祥皮革有限公司' })).toMatchObject({ ok: false, error: { code: 'backup.notBackup' } });
    expect(await parse({ ...(await built()), format: 'other-app' })).toMatchObject({ ok: false, error: { code: 'backup.notBackup' } });
  });

  it('refuses a newer format version before looking at anything else', async () => {
    expect(await parse({ format: 'wagedesk-backup', formatVersion: 3, somethingNew: true })).toMatchObject({
      ok: false,
      error: { code: 'backup.tooNew', params: { formatVersion: 3 } },
    });
  });

  it('calls an envelope with a missing or mistyped field malformed', async () => {
    const document = await built();
    const { checksums: _checksums, ...withoutChecksums } = document;
    expect(await parse(withoutChecksums)).toMatchObject({ ok: false, error: { code: 'backup.malformed' } });
    expect(await parse({ ...document, formatVersion: 0 })).toMatchObject({ ok: false, error: { code: 'backup.malformed' } });
    expect(await parse({ ...document, tables: { ...tables, people: {} } })).toMatchObject({ ok: false, error: { code: 'backup.malformed' } });
    expect(await parse({ ...document, createdAt: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'backup.malformed' } });
    expect(await parse({ ...document, checksum: 'ABC' })).toMatchObject({ ok: false, error: { code: 'backup.malformed' } });
  });

  it('names the table whose rows were changed, added or dropped', async () => {
    const document = await built();
    const edited = { ...document, tables: { ...tables, people: [{ ...(tables.people?.[0] as object), name: '吴华责' }] } };
    expect(await parse(edited)).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: 'people' } } });
    const dropped = { ...document, tables: { ...tables, settings: [] } };
    expect(await parse(dropped)).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: 'settings' } } });
    const { people: _people, ...withoutPeople } = tables;
    expect(await parse({ ...document, tables: withoutPeople })).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: 'people' } } });
    const extra = { ...document, tables: { ...tables, agreements: [] } };
    expect(await parse(extra)).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: 'agreements' } } });
  });

  it('calls a changed header, or a re-computed table checksum, damaged', async () => {
    const document = await built();
    expect(await parse({ ...document, createdAt: '2021-01-10T08:00:01.000Z' })).toMatchObject({
      ok: false,
      error: { code: 'backup.damaged', params: { table: 'header' } },
    });
    const forgedRows = [{ key: 'language', value: 'en' }];
    const forgedCanonical = canonicalJson(forgedRows);
    const forged = {
      ...document,
      tables: { ...tables, settings: forgedRows },
      checksums: { ...document.checksums, settings: await sha256Hex(forgedCanonical.ok ? forgedCanonical.value : '') },
    };
    expect(await parse(forged)).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: 'header' } } });
  });

  it('detects any single changed character in any string of a table, and names that table', async () => {
    const document = await built();
    // Every (table, row, field) holding a string, so the property can reach each one.
    const places = Object.entries(tables).flatMap(([table, rows]) =>
      rows.flatMap((row, index) =>
        Object.entries(row as Record<string, unknown>)
          .filter(([, value]) => typeof value === 'string' && value.length > 0)
          .map(([field, value]) => ({ table, index, field, value: value as string })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...places), fc.nat(), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), async (place, at, replacement) => {
        const chars = [...place.value];
        const position = at % chars.length;
        fc.pre(chars[position] !== replacement);
        chars[position] = replacement;
        const rows = (tables[place.table] ?? []).map((row, i) => (i === place.index ? { ...(row as object), [place.field]: chars.join('') } : row));
        const result = await parse({ ...document, tables: { ...tables, [place.table]: rows } });
        expect(result).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: place.table } } });
      }),
      { numRuns: 200 },
    );
  });

  it('never accepts a file with one character changed unless it still means the same document', async () => {
    const document = await built();
    const text = JSON.stringify(document);
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: text.length - 1 }), fc.constantFrom(...'0aZ9f"{}[],:. 福\\'), async (position, replacement) => {
        fc.pre(text[position] !== replacement);
        const edited = text.slice(0, position) + replacement + text.slice(position + 1);
        const result = await backupParse(edited);
        if (result.ok) expect(isDeepStrictEqual(result.value, document)).toBe(true);
        else expect(['backup.notJson', 'backup.notBackup', 'backup.tooNew', 'backup.malformed', 'backup.damaged']).toContain(result.error.code);
      }),
      { numRuns: 300 },
    );
  });
});

describe('backupParse: bounded, and never an exception', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

  it('refuses rows nested 5 000 levels deep as backup.tooDeep, before any checksum recursion', async () => {
    const text = backupText(await built()).replace('"settings": [', `"settings": [${nested(5000)},`);
    expect(await backupParse(text)).toMatchObject({ ok: false, error: { code: 'backup.tooDeep' } });
  });

  // Backups have no row limit: a huge table is hashed in time linear in its size, with no recursion per
  // row. A million rows (not five) keeps the test short on a shared machine.
  it('reads a table of a million rows through to its checksum', async () => {
    const document = await built();
    const text = JSON.stringify(document).replace('"settings":[', `"settings":[${'0,'.repeat(1_000_000)}`);
    expect(await backupParse(text)).toMatchObject({ ok: false, error: { code: 'backup.damaged', params: { table: 'settings' } } });
  }, 20_000);

  it('answers backup.unreadable for input that is not text', async () => {
    expect(await backupParse(undefined as unknown as string)).toMatchObject({ ok: false, error: { code: 'backup.unreadable' } });
  });
});
