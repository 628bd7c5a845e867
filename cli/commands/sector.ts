// `sector check <sector.json|sector.wdbundle> <case files or bundles…>`: each member of the sector agreements against
// them, from what the files say of the member's own agreements. Case files (JSON) give a round's agreed
// table; agreement bundles give the frozen versions, as the federation's registry holds them. A member
// named in no file is covered by the sector agreement alone, and is told so.
import { bundleRead } from '../../shared/bundle/format';
import { bundleImportPlanAll } from '../../shared/bundle/importPlan';
import { registryEmpty, type BundleRegistry } from '../../shared/bundle/registry';
import type { BundleContents } from '../../shared/bundle/contents';
import { caseFileParseText } from '../../shared/case/caseFile';
import {
  memberFactsFromCase,
  memberFactsFromRegistry,
  memberFactsJoin,
  sectorActionLabel,
  sectorCheck,
  sectorFileParseText,
  sectorFindingText,
  type MemberFacts,
} from '../../shared/sector';
import { sectorBundleOpen } from '../../shared/bundle/sectorBundle';
import type { SectorAgreement } from '../../shared/sector/sectorAgreement';
import { type CliCommand, type CliIo, cliArgs } from '../command';
import { SECTOR_BUNDLE_USAGE, sectorBundleRun } from './sectorBundle';
import { fileBytesRead, fileErrorText } from './binaryFiles';
import { caseFileErrorLine } from './caseFileErrors';

const CHECK_USAGE = 'sector check <sector.json|sector.wdbundle> [case.json|bundle.wdbundle …] [--json]';
const USAGE = `${CHECK_USAGE}\n       ${SECTOR_BUNDLE_USAGE}`;

async function textOf(path: string, read: (p: string) => Promise<string>): Promise<string | Error> {
  try {
    return await read(path);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

/** The sector agreements to check against: a sector file (JSON), or a sector bundle's signed agreement. */
async function sectorAgreementsRead(path: string, io: CliIo): Promise<readonly SectorAgreement[] | null> {
  if (path.toLowerCase().endsWith('.wdbundle')) {
    let bytes: Uint8Array;
    try {
      bytes = await fileBytesRead(path);
    } catch (e) {
      io.err(`无法读取行业合同文件 / cannot read: ${path} (${fileErrorText(e)})`);
      return null;
    }
    const opened = await sectorBundleOpen(bytes);
    if (!opened.ok) {
      io.err(`行业合同报送包未通过验证 / sector bundle refused: ${path} (${opened.error.code})`);
      return null;
    }
    return [opened.value.contents.agreement];
  }
  const sectorText = await textOf(path, io.readText);
  if (sectorText instanceof Error) {
    io.err(`无法读取行业合同文件 / cannot read: ${path} (${fileErrorText(sectorText)})`);
    return null;
  }
  const agreements = sectorFileParseText(sectorText);
  if (!agreements.ok) {
    const where = String(agreements.error.params?.field ?? '');
    io.err(`行业合同文件无效 / invalid sector file: ${path}${where ? ` (${where})` : ''}: ${agreements.error.message}`);
    return null;
  }
  return agreements.value;
}

export function sectorCommandWith(clock: () => Date = () => new Date()): CliCommand {
  return {
  name: 'sector',
  summary: "check each member against the sector or regional wage agreements (exit 1 if a member's wage is below); write a sector bundle",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = cliArgs(args);
    const [sub, sectorPath, ...files] = positional;
    if ((sub !== 'check' && sub !== 'bundle') || sectorPath === undefined || (sub === 'bundle' && files.length > 0)) {
      io.err(`usage: ${USAGE}`);
      return 2;
    }
    if (sub === 'bundle') {
      const text = await textOf(sectorPath, io.readText);
      if (text instanceof Error) {
        io.err(`无法读取行业合同文件 / cannot read: ${sectorPath} (${fileErrorText(text)})`);
        return 1;
      }
      return sectorBundleRun(text, sectorPath, options, io, clock);
    }
    const read = await sectorAgreementsRead(sectorPath, io);
    if (read === null) return 1;
    const agreements = { value: read };
    const facts = new Map<string, MemberFacts[]>();
    const add = (f: MemberFacts) => facts.set(f.creditCode, [...(facts.get(f.creditCode) ?? []), f]);
    const bundles: BundleContents[] = [];
    for (const path of files) {
      if (path.toLowerCase().endsWith('.json')) {
        const text = await textOf(path, io.readText);
        if (text instanceof Error) {
          io.err(`无法读取 / cannot read: ${path} (${fileErrorText(text)})`);
          return 1;
        }
        const file = caseFileParseText(text);
        if (!file.ok) {
          io.err(`案卷文件无效 / invalid case file: ${path}`);
          io.err(caseFileErrorLine(file.error));
          return 1;
        }
        add(memberFactsFromCase(file.value));
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await fileBytesRead(path);
      } catch (e) {
        io.err(`无法读取 / cannot read: ${path} (${fileErrorText(e)})`);
        return 1;
      }
      const contents = await bundleRead(bytes);
      if (!contents.ok) {
        io.err(`协议包未通过验证 / bundle refused: ${path} (${contents.error.code})`);
        return 1;
      }
      bundles.push(contents.value);
    }
    let registry: BundleRegistry = registryEmpty();
    if (bundles.length > 0) {
      const batch = bundleImportPlanAll(registry, bundles);
      if (!batch.ok) {
        io.err(`协议包无法合并 / bundles do not fit together: ${files.filter((p) => !p.toLowerCase().endsWith('.json'))[batch.index]} (${batch.error.code})`);
        return 1;
      }
      registry = batch.registry;
    }
    const reports = sectorCheck(agreements.value, (code) => {
      const fromRegistry = memberFactsFromRegistry(registry, code);
      return memberFactsJoin([...(facts.get(code) ?? []), ...(fromRegistry ? [fromRegistry] : [])]);
    });
    const below = reports.some((r) => r.findings.some((f) => f.action === 'block'));
    if (options.has('json')) {
      io.out(JSON.stringify({ agreements: agreements.value.map((a) => ({ id: a.id, title: a.title, term: a.term })), members: reports }, null, 2));
      return below ? 1 : 0;
    }
    const titles = new Map(agreements.value.map((a) => [a.id, a.title]));
    for (const a of agreements.value) io.out(`行业（区域）性合同：${a.title}（${a.id}，${a.term.from} 至 ${a.term.to}，成员 ${a.members.length} 家）`);
    for (const r of reports) {
      io.out('');
      io.out(`【${r.member.name}】${r.member.creditCode}，${r.member.regionCode}，${r.member.headcount} 人，本企业合同 ${r.ownAgreements} 份`);
      if (r.findings.length === 0) io.out('  符合行业标准。');
      for (const f of r.findings) io.out(`  [${sectorActionLabel(f.action, 'zh-CN')}] ${titles.get(f.sectorId) ?? f.sectorId}：${sectorFindingText(f, 'zh-CN')}`);
    }
    const count = reports.filter((r) => r.findings.some((f) => f.action === 'block')).length;
    io.out('');
    io.out(below ? `结论：${count} 家成员企业的工资低于标准。` : '结论：没有成员企业的工资低于标准。');
    return below ? 1 : 0;
  },
  };
}

export const sectorCommand: CliCommand = sectorCommandWith();
