// Edited clause wordings in `settings`: they round-trip per enterprise and template, an empty list removes
// the row, a row that no longer validates is ignored and reported (never rewritten), and the audit trail
// records each edit. The rows feed templateRows so the live document carries the edited words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EnterpriseId } from '../../../shared/enterprise/model';
import { isoDate } from '../../../shared/dates/isoDate';
import type { WageDeskDb } from '../../../renderer/db/schema';
import { caseViewModelFor } from '../../../renderer/features/documents/caseViews';
import {
  clauseOverridesKey,
  clauseOverridesRead,
  clauseOverridesWith,
  clauseOverridesWrite,
  type StoredClauseOverride,
} from '../../../renderer/features/documents/clauseOverrides';
import { templateRows } from '../../../renderer/features/documents/templateRows';
import { okValue, testDbOpen, testDbsDelete } from '../db/testDb';
import { referenceEnterprise, referencePeople } from './fixtures';

let db: WageDeskDb;
beforeEach(() => {
  db = testDbOpen();
});
afterEach(async () => {
  await testDbsDelete(db);
});

const A = 'ent-a' as EnterpriseId;
const B = 'ent-b' as EnterpriseId;
const AT = '2021-01-20T08:00:00.000Z';
const edit: StoredClauseOverride = { clauseId: '工资支付.1', text: '企业每月10日前以货币形式足额支付上月工资。', editedAt: AT };

describe('clauseOverridesRead / clauseOverridesWrite', () => {
  it('round-trips one template of one enterprise, apart from the others', async () => {
    okValue(await clauseOverridesWrite(db, A, 'wage-agreement', [edit]));
    expect(okValue(await clauseOverridesRead(db, A))).toEqual({ byTemplate: { 'wage-agreement': [edit] }, skipped: [] });
    expect(okValue(await clauseOverridesRead(db, B))).toEqual({ byTemplate: {}, skipped: [] });
    expect((await db.settings.get(clauseOverridesKey(A, 'wage-agreement')))?.value).toEqual([edit]);
  });

  it('removes the row when the last override goes', async () => {
    okValue(await clauseOverridesWrite(db, A, 'wage-agreement', [edit]));
    okValue(await clauseOverridesWrite(db, A, 'wage-agreement', []));
    expect(await db.settings.get(clauseOverridesKey(A, 'wage-agreement'))).toBeUndefined();
  });

  it('ignores and reports a row that does not validate, and leaves it stored', async () => {
    okValue(await clauseOverridesWrite(db, A, 'ohs-agreement', [edit]));
    const key = clauseOverridesKey(A, 'wage-agreement');
    await db.settings.put({ key, value: [{ clauseId: '工资支付.1', text: 42 }] });
    await db.settings.put({ key: 'documents.overrides.ent-a.no-such-template', value: [edit] });
    const read = okValue(await clauseOverridesRead(db, A));
    expect(read.byTemplate).toEqual({ 'ohs-agreement': [edit] });
    expect(read.skipped.map((s) => s.id).sort()).toEqual([key, 'documents.overrides.ent-a.no-such-template'].sort());
    expect((await db.settings.get(key))?.value).toEqual([{ clauseId: '工资支付.1', text: 42 }]);
  });

  it('refuses to store an over-long wording', async () => {
    const written = await clauseOverridesWrite(db, A, 'wage-agreement', [{ ...edit, text: '字'.repeat(20_001) }]);
    expect(written.ok ? null : written.error.code).toBe('validation');
    expect(await db.settings.get(clauseOverridesKey(A, 'wage-agreement'))).toBeUndefined();
  });

  it('records each edit in the audit trail', async () => {
    okValue(await clauseOverridesWrite(db, A, 'wage-agreement', [edit]));
    const entries = await db.audit.where('[table+key]').equals(['settings', clauseOverridesKey(A, 'wage-agreement')]).toArray();
    expect(entries.map((e) => e.action)).toEqual(['create']);
  });
});

describe('clauseOverridesWith', () => {
  it('replaces a clause’s wording, and removes it with null or a blank text', () => {
    const two = clauseOverridesWith([edit], '总则.1', '新的第一条。', AT);
    expect(two.map((o) => o.clauseId)).toEqual(['工资支付.1', '总则.1']);
    expect(clauseOverridesWith(two, '工资支付.1', '改。', AT).find((o) => o.clauseId === '工资支付.1')?.text).toBe('改。');
    expect(clauseOverridesWith(two, '工资支付.1', null, AT).map((o) => o.clauseId)).toEqual(['总则.1']);
    expect(clauseOverridesWith(two, '总则.1', '  ', AT).map((o) => o.clauseId)).toEqual(['工资支付.1']);
  });
});

describe('templateRows with overrides', () => {
  it('builds the live document and the content to freeze with the edited words', () => {
    const enterprise = referenceEnterprise();
    const vm = caseViewModelFor(enterprise, referencePeople());
    const rows = templateRows(enterprise, vm, [], isoDate('2021-01-20'), { 'wage-agreement': [edit, { ...edit, clauseId: '无此条.1' }] });
    const wage = rows.find((r) => r.name === 'wage-agreement')!;
    const clause = wage.live?.blocks.find((b) => b.kind === 'clause' && b.id === '工资支付.1');
    expect(clause?.kind === 'clause' ? clause.paragraphs[0]?.runs[0]?.text : null).toBe(edit.text);
    expect(clause?.kind === 'clause' ? clause.overridden?.standardText : null).toMatch(/^企业以货币形式按月足额支付工资/);
    expect(wage.content?.clauses.some((c) => c.text === edit.text)).toBe(true);
    expect(wage.unmatchedOverrides).toEqual(['无此条.1']);
  });
});
