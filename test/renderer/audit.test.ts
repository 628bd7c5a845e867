import { describe, expect, it } from 'vitest';
import { auditChangedFields, auditRowName } from '../../renderer/features/audit/auditChanges';

describe('audit entry reading', () => {
  it('lists the fields a person changed, not the bookkeeping ones', () => {
    expect(auditChangedFields({ before: { name: '甲', headcount: 120, updatedAt: 'a' }, after: { name: '甲', headcount: 135, updatedAt: 'b' } })).toEqual(['headcount']);
    expect(auditChangedFields({ before: null, after: { name: '甲' } })).toEqual(['name']);
  });
  it('names the record from after, or from before when it was deleted', () => {
    expect(auditRowName({ before: null, after: { name: '吴华贵' } })).toBe('吴华贵');
    expect(auditRowName({ before: { name: '陈会珍' }, after: null })).toBe('陈会珍');
    expect(auditRowName({ before: null, after: { doc: { title: '2027年度工资集体协商' } } })).toBe('2027年度工资集体协商');
    expect(auditRowName({ before: null, after: { key: 'language' } })).toBe('');
  });
});
