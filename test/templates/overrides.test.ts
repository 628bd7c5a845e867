import { describe, expect, it } from 'vitest';
import { wageAgreement } from '../../templates/documents/wageAgreement';
import { documentPlainText } from '../../templates/model';
import { clauseText, documentApplyOverrides, documentClauses, documentUnmatchedOverrides } from '../../templates/overrides';
import { documentDocxBytes } from '../../templates/render/docx';
import { sampleViews } from './sampleCase';
import { zipEntryText } from './zipEntry';

const view = sampleViews().wageAgreement!;
const doc = wageAgreement(view);
const PAYMENT = '工资支付.1';
/** The red packet's clause is keyed by the term's own name in the round. */
const RED_PACKET = '奖金、津贴、补贴.redPacket.春节留岗红包';

describe('clause ids', () => {
  it('gives every clause of the wage agreement a unique id', () => {
    const ids = documentClauses(doc).map((c) => c.id);
    expect(ids.length).toBe(doc.blocks.filter((b) => b.kind === 'clause').length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(PAYMENT);
    expect(ids).toContain(RED_PACKET);
  });

  it('keeps ids stable when a conditional clause (the red packet) is dropped, though the numbers shift', () => {
    const without = wageAgreement({ ...view, benefits: view.benefits.filter((b) => b.kind !== 'redPacket') });
    const payment = (d: typeof doc) => documentClauses(d).find((c) => c.id === PAYMENT)!;
    expect(payment(without).number).not.toBe(payment(doc).number);
    expect(clauseText(payment(without))).toBe(clauseText(payment(doc)));
    expect(documentClauses(without).map((c) => c.id)).not.toContain(RED_PACKET);
  });
});

describe('documentApplyOverrides', () => {
  const text = '企业以银行转账方式按月足额支付工资，每月10日前支付上月工资。';

  it('replaces the clause wording and records the standard text it replaced', () => {
    const standard = clauseText(documentClauses(doc).find((c) => c.id === PAYMENT)!);
    const edited = documentApplyOverrides(doc, [{ clauseId: PAYMENT, text }]);
    const clause = documentClauses(edited).find((c) => c.id === PAYMENT)!;
    expect(clauseText(clause)).toBe(text);
    expect(clause.overridden).toEqual({ standardText: standard });
    expect(documentPlainText(edited)).toContain(text);
    expect(documentPlainText(edited)).not.toContain(standard);
    // The input is not changed.
    expect(clauseText(documentClauses(doc).find((c) => c.id === PAYMENT)!)).toBe(standard);
  });

  it('splits lines into paragraphs and ignores blank lines', () => {
    const edited = documentApplyOverrides(doc, [{ clauseId: PAYMENT, text: '第一句。\n\n  第二句。 ' }]);
    expect(documentClauses(edited).find((c) => c.id === PAYMENT)!.paragraphs.map((p) => p.runs[0]!.text)).toEqual(['第一句。', '第二句。']);
  });

  it('changes nothing for an override equal to the standard text, a blank one, or an unknown clause', () => {
    const standard = clauseText(documentClauses(doc).find((c) => c.id === PAYMENT)!);
    expect(documentApplyOverrides(doc, [{ clauseId: PAYMENT, text: standard }])).toBe(doc);
    expect(documentApplyOverrides(doc, [{ clauseId: PAYMENT, text: ' \n ' }])).toBe(doc);
    expect(documentApplyOverrides(doc, [{ clauseId: '不存在.1', text }])).toBe(doc);
    expect(documentUnmatchedOverrides(doc, [{ clauseId: '不存在.1', text }, { clauseId: PAYMENT, text }])).toEqual(['不存在.1']);
  });

  it('drops a red-packet override when the term no longer exists', () => {
    const without = wageAgreement({ ...view, benefits: view.benefits.filter((b) => b.kind !== 'redPacket') });
    const overrides = [{ clauseId: RED_PACKET, text: '红包改为每人300元。' }];
    expect(documentPlainText(documentApplyOverrides(without, overrides))).not.toContain('红包改为');
    expect(documentUnmatchedOverrides(without, overrides)).toHaveLength(1);
  });

  it('puts the overridden wording into the .docx', async () => {
    const bytes = await documentDocxBytes(documentApplyOverrides(doc, [{ clauseId: PAYMENT, text }]));
    expect(zipEntryText(bytes, 'word/document.xml')).toContain(text);
  });
});
