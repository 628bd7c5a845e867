// Which table rows stay on one page: short ones (a party's label beside its name), not a row taller than a
// third of a page (Word clips a kept row taller than the page, and a kept tall row leaves a gap above it).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textLimits } from '../../shared/text/textLimits';
import { templateNames } from '../../templates/registry';
import { tableRowKept } from '../../templates/render/blocks';
import { documentDocxBytes } from '../../templates/render/docx';
import { textWidth } from '../../templates/render/pageSetup';
import { sampleDocument } from './sampleCase';
import { worstDocuments } from './worstCase';

const rowsOf = (xml: string) => xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? [];
const documentXml = async (doc: Parameters<typeof documentDocxBytes>[0]) => strFromU8(unzipSync(await documentDocxBytes(doc))['word/document.xml']!);

describe('tableRowKept', () => {
  const half = Math.round(textWidth / 2);

  it('keeps a row of names and short values together', () => {
    expect(tableRowKept([{ text: '企业名称', width: half }, { text: '福建隆祥皮革有限公司', width: half }])).toBe(true);
  });

  it('keeps the longest enterprise name the form takes', () => {
    expect(tableRowKept([{ text: '企'.repeat(textLimits.enterpriseName), width: half }])).toBe(true);
  });

  it('lets a row break when one cell would fill a third of a page or more', () => {
    expect(tableRowKept([{ text: '短', width: half }, { text: '长'.repeat(2000), width: half }])).toBe(false);
    // Many short paragraphs count as lines too.
    expect(tableRowKept([{ text: Array.from({ length: 40 }, () => '一行').join('\n'), width: half }])).toBe(false);
    expect(tableRowKept([{ text: [{ text: '长'.repeat(1500) }], width: half }])).toBe(false);
  });
});

describe('table rows in the documents', () => {
  it.each(templateNames)('every row of the sample %s is kept on one page', async (name) => {
    const rows = rowsOf(await documentXml(sampleDocument(name)));
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('the commitment described at 2 000 characters may break across pages; the parties rows stay kept', async () => {
    const rows = rowsOf(await documentXml(worstDocuments().get('ohs-agreement')!));
    const loose = rows.filter((row) => !row.includes('<w:cantSplit/>'));
    expect(loose).toHaveLength(1);
    expect(loose[0]).toContain('长长长长');
    expect(rows.find((row) => row.includes('企业名称'))).toContain('<w:cantSplit/>');
  });
});
