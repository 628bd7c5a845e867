import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleBuild } from '../../shared/bundle/format';
import { must, sampleBundleContents } from '../shared/bundle/sampleBundle';
import { sampleCaseText } from '../../cli/commands/caseSource';
import { sectorCommand } from '../../cli/commands/sector';
import { caseFileParseText } from '../../shared/case/caseFile';
import { creditCode } from '../shared/sector/sectorFixtures';
import { cliTestIo } from './cliTestIo';

const sampleCase = sampleCaseText('ref-2021-1');
const parsed = caseFileParseText(sampleCase);
if (!parsed.ok) throw new Error('sample case unreadable');
const sampleCode = parsed.value.enterprise.creditCode;

const sectorFile = JSON.stringify({
  id: 'longan-2021',
  kind: 'sector',
  title: '龙安开发区合成革行业工资专项集体合同',
  scope: '合成革',
  workersParty: { name: '龙安开发区工会联合会', chief: '林某' },
  employersParty: { name: '合成革行业协会', chief: '陈某' },
  term: { from: '2021-02-01', to: '2021-12-31' },
  members: [
    { creditCode: sampleCode, name: '样本企业', regionCode: '350982', headcount: 120 },
    { creditCode: creditCode(7), name: '另一家合成革厂', regionCode: '350982', headcount: 60 },
  ],
  standards: { minimums: [{ regionCode: '350982', monthlyFen: 180_000 }], raiseRange: { minBp: 300, maxBp: 2000 } },
});

describe('cli sector check', () => {
  it("prints each member's findings and exits 1 when a member's own wage is below the sector minimum", async () => {
    const { io, out, err } = cliTestIo({ 'sector.json': sectorFile, 'case.json': sampleCase });
    const code = await sectorCommand.run(['check', 'sector.json', 'case.json'], io);
    expect(err).toEqual([]);
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('低于行业最低工资 1,800.00 元');
    // The member named in no file is covered by the sector agreement alone.
    expect(text).toMatch(/另一家合成革厂[\s\S]*单独覆盖/);
    expect(text).toContain('结论：1 家成员企业的工资低于标准。');
  });

  it('exits 0 when every known wage is at or above the minimum, and prints JSON on --json', async () => {
    const lower = sectorFile.replace('180000', '170000');
    const { io, out } = cliTestIo({ 'sector.json': lower, 'case.json': sampleCase });
    expect(await sectorCommand.run(['check', 'sector.json', 'case.json', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as { members: { findings: { code: string }[] }[] };
    expect(json.members).toHaveLength(2);
  });

  it('refuses a bad sector file with the field named, and bad usage with exit 2', async () => {
    const bad = sectorFile.replace('"2021-12-31"', '"2021-13-31"');
    const { io, err } = cliTestIo({ 'sector.json': bad });
    expect(await sectorCommand.run(['check', 'sector.json'], io)).toBe(1);
    expect(err.join('\n')).toContain('term.to');
    const usage = cliTestIo();
    expect(await sectorCommand.run(['list'], usage.io)).toBe(2);
  });

  it('reads a member\'s own agreement from a bundle as the registry holds it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wagedesk-sector-cli-'));
    const path = join(dir, 'sample.wdbundle');
    writeFileSync(path, must(await bundleBuild(await sampleBundleContents())));
    const { io, out, err } = cliTestIo({ 'sector.json': sectorFile.replace('180000', '300000') });
    expect(await sectorCommand.run(['check', 'sector.json', path], io)).toBe(1);
    expect(err).toEqual([]);
    expect(out.join('\n')).toMatch(/本企业合同（2021年2月1日至2022年1月31日）的月基本工资 [\d,.]+ 元 低于行业最低工资 3,000.00 元/);
  });
});
