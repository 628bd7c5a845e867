// Sector bundles on the command line: `sector bundle` freezes a sector agreement from a sector file (or
// takes it as signed), adds a witness signature with a key file, and writes the bundle; `verify` and
// `sector check` read one. The same checks as the app's (shared/bundle/sectorBundle.ts).
import { agreementFingerprintShort } from '../../shared/bundle/agreement';
import { sectorBundleBuild, sectorBundleContentsOf, type SectorBundleOpened } from '../../shared/bundle/sectorBundle';
import { witnessTrustOf, type TrustedKey } from '../../shared/bundle/trust';
import { isoDateParse } from '../../shared/dates/isoDate';
import { sectorFileParseText } from '../../shared/sector/sectorAgreement';
import { witnessIdentityParse, witnessSign } from '../../shared/witness/identity';
import { sectorFreeze } from '../../templates/sector/sectorFreeze';
import type { CliIo } from '../command';
import { fileBytesWriteOrSay } from './binaryFiles';
import { bundleErrorLines } from './bundleText';
import { jsonFile, standingText } from './trustOptions';

export const SECTOR_BUNDLE_USAGE = 'sector bundle <sector.json> --out <file.wdbundle> [--id <id>] [--signed-at YYYY-MM-DD] [--sign-key <identity.json>]';

/**
 * `sector bundle`: the agreement (the file's only one, or `--id`) signed on `--signed-at` when the file
 * holds it unsigned, witness-signed with `--sign-key`, written to `--out`. Exit 1 on a refused file, key
 * or write; 2 on bad arguments.
 */
export async function sectorBundleRun(text: string, path: string, options: Map<string, string | true>, io: CliIo, clock: () => Date): Promise<number> {
  const out = options.get('out');
  const id = options.get('id');
  const signedAt = options.get('signed-at');
  const signKey = options.get('sign-key');
  if (typeof out !== 'string' || id === true || signKey === true || (signedAt !== undefined && (signedAt === true || isoDateParse(signedAt) === null))) {
    io.err(`usage: ${SECTOR_BUNDLE_USAGE}`);
    return 2;
  }
  const agreements = sectorFileParseText(text);
  if (!agreements.ok) {
    io.err(`行业合同文件无效 / invalid sector file: ${path}: ${agreements.error.message}`);
    return 1;
  }
  const picked = id === undefined ? (agreements.value.length === 1 ? agreements.value[0] : undefined) : agreements.value.find((a) => a.id === id);
  if (!picked) {
    io.err(id === undefined ? `文件中有多份合同，请用 --id 指定 / the file holds several agreements: name one with --id (${agreements.value.map((a) => a.id).join(', ')})` : `文件中没有编号为 ${id} 的合同 / no agreement ${id} in the file`);
    return 1;
  }
  let agreement = picked;
  if (agreement.fingerprint === null) {
    const date = signedAt === undefined ? null : isoDateParse(signedAt);
    if (date === null) {
      io.err('这份合同尚未签署：请用 --signed-at 给出签字日期，合同将按该日文本冻结 / the agreement is unsigned: give --signed-at to freeze it as signed that day');
      return 1;
    }
    agreement = await sectorFreeze(agreement, date);
  }
  if (signKey !== undefined) {
    try {
      const identity = await witnessIdentityParse(await jsonFile(signKey));
      if (!identity.ok) throw new Error(identity.error.message);
      agreement = { ...agreement, signatures: [...agreement.signatures, await witnessSign(identity.value, agreement.fingerprint!, clock().toISOString())] };
    } catch (error) {
      io.err(`错误：无法用密钥文件签名 / error: cannot sign with the key file: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  const built = await sectorBundleBuild(await sectorBundleContentsOf(agreement, clock().toISOString()));
  if (!built.ok) {
    for (const line of bundleErrorLines(built.error)) io.err(line);
    return 1;
  }
  if (!(await fileBytesWriteOrSay(out, built.value, io))) return 1;
  io.out(`已写出行业合同报送包 / sector bundle written: ${out} (${built.value.length} bytes)`);
  io.out(`  ${agreement.title}：签署 signed ${agreement.signedAt}，指纹 fingerprint ${agreementFingerprintShort(agreement.fingerprint!)}，见证签名 ${agreement.signatures.length} 个 witness signatures`);
  return 0;
}

/** What `verify` prints for an intact sector bundle, with each witness's standing when `keys` are given. */
export async function sectorBundleSummaryLines(path: string, opened: SectorBundleOpened, keys: readonly TrustedKey[] | null): Promise<string[]> {
  const a = opened.contents.agreement;
  const lines = [
    `行业合同报送包完好 / sector bundle intact: ${path}`,
    `  格式 format: wagedesk-sector-bundle v${opened.formatVersion}${opened.encrypted ? '，已加密 encrypted' : ''}；清单哈希 bundleHash ${opened.bundleHash.slice(0, 16)}`,
    `  ${a.title}（${a.kind === 'sector' ? '行业性 sector' : '区域性 regional'}，${a.term.from} 至 ${a.term.to}，成员 ${a.members.length} 家，职工 ${a.members.reduce((s, m) => s + m.headcount, 0)} 人）`,
    `  签署 signed ${a.signedAt}；指纹 fingerprint ${agreementFingerprintShort(a.fingerprint!)}；${a.frozenDocument === null ? '文本未随合同保存 text not stored' : '签署文本已冻结 signed text frozen'}`,
    `  见证签名 witness signatures: ${a.signatures.length === 0 ? '无 none' : a.signatures.map((s) => s.name).join('、')}`,
  ];
  if (keys) lines.push(`  ${standingText[await witnessTrustOf({ signatures: a.signatures, fingerprint: a.fingerprint! }, { ourKey: null, pinned: keys })]}`);
  return lines;
}
