// The print view draws the same document model as the .docx: amounts in figures and capitals, the draft
// mark while unsigned, drawn signatures in their party's place, and an @page rule with 第 X 页 共 Y 页.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Fen } from '../../../shared/money/fen';
import type { Document } from '../../../templates/model';
import { PrintSheet, pageRule } from '../../../renderer/features/documents/PrintSheet';

const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

const doc: Document = {
  title: '保岗协议',
  meta: { draft: true },
  blocks: [
    { kind: 'clause', number: '第一条', heading: '保岗', paragraphs: [{ runs: [{ text: '企业方安排30名职工带薪休假。' }] }] },
    { kind: 'amount', label: '保岗协议支付总额', amount: 17_130_000 as Fen },
    {
      kind: 'signatureBlock',
      parties: [
        { sideLabel: '企业方', partyName: '福建隆祥皮革有限公司', seal: true, signerRole: '首席代表（签字）', signerName: '陈会珍', dateLabel: '日期' },
        { sideLabel: '职工方', partyName: '福建隆祥皮革有限公司工会', seal: true, signerRole: '首席代表（签字）', signerName: '吴华贵', dateLabel: '日期' },
      ],
    },
  ],
};

afterEach(cleanup);

beforeAll(async () => {
  if (!i18next.isInitialized) await i18next.use(initReactI18next).init({ lng: 'zh-CN', resources: {} });
});

describe('PrintSheet', () => {
  it('draws a draft with the mark, the clause number and the amount in capitals', () => {
    render(<PrintSheet doc={doc} signatures={[]} />);
    const sheet = screen.getByRole('article', { name: '保岗协议' });
    expect(sheet.textContent).toContain('草稿 · 未签署');
    expect(sheet.textContent).toContain('第一条　保岗　企业方安排30名职工带薪休假。');
    expect(sheet.textContent).toContain('保岗协议支付总额：171,300.00 元（大写：人民币壹拾柒万壹仟叁佰元整）');
    expect(sheet.querySelectorAll('.doc-seal-box')).toHaveLength(2);
  });

  it('puts a drawn signature in its party’s place and drops the draft mark once final', () => {
    const final: Document = { ...doc, meta: { draft: false, fingerprint: 'ab'.repeat(32) } };
    render(<PrintSheet doc={final} signatures={[{ role: 'workers_chief', name: '吴华贵', signedAt: '2021-01-15T10:00:00Z', kind: 'drawn', imagePng: png }]} />);
    const sheet = screen.getByRole('article', { name: '保岗协议' });
    expect(sheet.textContent).not.toContain('草稿');
    const images = sheet.querySelectorAll('img.doc-signature-img');
    expect(images).toHaveLength(1);
    expect(images[0]!.closest('.doc-party')!.textContent).toContain('职工方');
    expect(sheet.textContent).toContain('abab-abab-abab-abab');
  });

  it('writes the @page rule: A4, the document margins, page numbers, and the marks of the state', () => {
    const draftRule = pageRule(doc, null);
    expect(draftRule).toContain('size: A4; margin: 37mm 26mm 35mm 28mm');
    expect(draftRule).toContain('"第 " counter(page) " 页 共 " counter(pages) " 页"');
    expect(draftRule).toContain('草稿 · 未签署');
    const finalRule = pageRule({ ...doc, meta: { draft: false, fingerprint: 'cd'.repeat(32) } }, 'data:image/png;base64,AAAA');
    expect(finalRule).not.toContain('草稿');
    expect(finalRule).toContain('文本指纹：cdcd-cdcd-cdcd-cdcd');
    expect(finalRule).toContain('@bottom-right { content: url("data:image/png;base64,AAAA")');
  });
});
