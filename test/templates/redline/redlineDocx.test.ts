// The redline .docx carries real tracked changes: w:ins and w:del with the author and date given, deleted
// text as w:delText, ids unique; and it is exact: accepting every change gives the paragraphs of the new
// round's own agreement .docx (the normal render), rejecting every change those of the previous round's.
import { describe, expect, it } from 'vitest';
import { fenToCapitals } from '../../../shared/money/capitals';
import type { Fen } from '../../../shared/money/fen';
import { caseRedline, type RedlineRound } from '../../../templates/redline/caseRedline';
import { redlineDocxBytes } from '../../../templates/redline/redlineDocx';
import { revisionDateOf } from '../../../templates/redline/revisions';
import { documentDocxBytes } from '../../../templates/render/docx';
import { zipEntryText } from '../zipEntry';
import { copiedForward, editedClauseText, redlineRoundOf, sampleRound } from './redlinePairs';
import { elementsNamed, paragraphTexts, revisionsResolved, xmlTree } from './revisionTree';

const by = { author: '福建隆祥皮革有限公司工会', date: '2020-03-13T08:30:00Z' };

async function made(previous: RedlineRound, next: RedlineRound) {
  const r = caseRedline('wage-agreement', previous, next);
  if (!r.redline || !r.previous.doc || !r.next.doc) throw new Error('a side cannot be made');
  const xml = zipEntryText(await redlineDocxBytes(r.redline, by), 'word/document.xml');
  const plain = async (doc: NonNullable<typeof r.next.doc>) => paragraphTexts(xmlTree(zipEntryText(await documentDocxBytes(doc), 'word/document.xml')));
  return { xml, previousTexts: await plain(r.previous.doc), nextTexts: await plain(r.next.doc) };
}

const pairs = [
  { name: 'ref-2020-1 → ref-2020-2 (1,750 → 1,570, a history table added)', make: () => made(sampleRound('ref-2020-1'), sampleRound('ref-2020-2')) },
  { name: 'ref-2020-3 → ref-2021-1 (two wage periods, four terms and a chapter added)', make: () => made(sampleRound('ref-2020-3'), sampleRound('ref-2021-1')) },
  { name: 'ref-2021-1 → its copy edited by a user (a new wage, a term dropped, an article reworded)', make: () => made(sampleRound('ref-2021-1'), redlineRoundOf(copiedForward())) },
];

describe('the redline .docx', () => {
  it.each(pairs)('$name: revisions with author, date, unique ids and deleted text as w:delText', async ({ make }) => {
    const { xml } = await make();
    const revisions = [...xml.matchAll(/<w:(ins|del) ([^>]*?)\/?>/g)];
    expect(revisions.filter((m) => m[1] === 'ins').length).toBeGreaterThan(0);
    expect(revisions.filter((m) => m[1] === 'del').length).toBeGreaterThan(0);
    for (const [, , attributes] of revisions) expect(attributes).toMatch(/^w:id="\d+" w:author="福建隆祥皮革有限公司工会" w:date="2020-03-13T08:30:00Z"$/);
    const ids = revisions.map((m) => /w:id="(\d+)"/.exec(m[2]!)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    // Deleted text is w:delText, and only inside a deletion; a deletion holds no plain w:t.
    const tree = xmlTree(xml);
    const deletions = elementsNamed(tree, 'w:del').filter((d) => d.children.length > 0);
    expect(deletions.length).toBeGreaterThan(0);
    for (const d of deletions) expect(elementsNamed(d, 'w:t')).toEqual([]);
    expect(elementsNamed(tree, 'w:delText').length).toBe(deletions.flatMap((d) => elementsNamed(d, 'w:delText')).length);
  });

  it.each(pairs)('$name: accept all gives the new agreement, reject all the previous one', async ({ make }) => {
    const { xml, previousTexts, nextTexts } = await make();
    expect(paragraphTexts(revisionsResolved(xmlTree(xml), 'accept'))).toEqual(nextTexts);
    expect(paragraphTexts(revisionsResolved(xmlTree(xml), 'reject'))).toEqual(previousTexts);
  });

  it('puts a changed amount in one run sequence: the old figures deleted, the new inserted, in the same cell', async () => {
    const { xml } = await made(sampleRound('ref-2020-1'), sampleRound('ref-2020-2'));
    const cell = elementsNamed(xmlTree(xml), 'w:tc').find((tc) => elementsNamed(tc, 'w:delText').some((t) => t.children.join('') === '1,750.00'));
    expect(cell).toBeDefined();
    const pieces = elementsNamed(cell!, 'w:r').map((r) => elementsNamed(r, 'w:delText').length > 0 ? `-${elementsNamed(r, 'w:delText')[0]!.children.join('')}` : elementsNamed(r, 'w:t')[0]!.children.join(''));
    // The inserted run sits inside w:ins, so its w:t reads as plain text here: deleted, inserted, then the unit.
    expect(pieces).toEqual(['-1,750.00', '1,570.00', ' 元']);
    const capitals = [fenToCapitals(175_000 as Fen).replace('人民币', ''), fenToCapitals(157_000 as Fen).replace('人民币', '')];
    expect(xml).toContain(`<w:delText xml:space="preserve">${capitals[0]}</w:delText>`);
    expect(xml).toContain(`<w:t xml:space="preserve">${capitals[1]}</w:t>`);
  });

  it("shows the user's reworded article as inserted text in the redline", async () => {
    const { xml, nextTexts } = await pairs[2]!.make();
    expect(nextTexts.some((t) => t.includes(editedClauseText))).toBe(true);
    const inserted = elementsNamed(xmlTree(xml), 'w:ins').flatMap((i) => elementsNamed(i, 'w:t')).map((t) => t.children.join('')).join('');
    expect(inserted).toContain('两年备查');
  });
});

describe('revisionDateOf', () => {
  it('writes a date or an instant with its offset as UTC without fractions, and refuses the rest', () => {
    expect(revisionDateOf('2021-01-20')).toEqual({ ok: true, value: '2021-01-20T00:00:00Z' });
    expect(revisionDateOf('2021-01-20T16:00+08:00')).toEqual({ ok: true, value: '2021-01-20T08:00:00Z' });
    expect(revisionDateOf('2021-01-20T08:00:30.250Z')).toEqual({ ok: true, value: '2021-01-20T08:00:30Z' });
    for (const bad of ['2021-02-29', '2021-01-20T16:00', '2021-01-20T24:00Z', 'yesterday', '']) expect(revisionDateOf(bad).ok, bad).toBe(false);
  });
});
