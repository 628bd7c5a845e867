// Makes the bundles the federation e2e imports (run with tsx: the bundle core's Ed25519 library is
// ESM-only, which Playwright's CommonJS test loader cannot require on Node 20). Writes into argv[2]:
//   longxiang.wdbundle  the reference case (term long over: expired, filed late, renewal missed)
//   hailan.wdbundle     a second enterprise, in force, filed on time
//   hailan-v2.wdbundle  the same agreement's version 2 (supersedes version 1)
//   bailin.wdbundle     a third enterprise, expiring within 90 days, base wage on the floor, encrypted
// and prints { password } as JSON. Terms are relative to today so the statuses hold on any day.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementVersionFirst, agreementVersionNew, type AgreementVersion } from '../../shared/bundle/agreement';
import type { BundleContents } from '../../shared/bundle/contents';
import { bundleBuild } from '../../shared/bundle/format';
import { referenceBundleContents } from '../../shared/bundle/referenceBundle';
import { isoDateAddDays, isoDateToday } from '../../shared/dates/isoDate';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';

export const bailinPassword = '白琳2026';

function creditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17)!;
}

function must<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

interface Variant {
  readonly name: string;
  readonly code: string;
  readonly agreementId: string;
  readonly headcount: number;
  readonly from: string;
  readonly to: string;
  readonly signedOn: string;
  readonly filedOn: string;
  readonly baseWageFen: number;
}

async function variant(base: BundleContents, v: Variant): Promise<BundleContents> {
  const reference = base.agreements[0]!;
  const content = {
    ...reference.content,
    title: `${v.name}工资专项集体合同`,
    parties: { employer: { ...reference.content.parties.employer, name: v.name, creditCode: v.code }, workers: { ...reference.content.parties.workers, name: `${v.name}工会` } },
    term: { from: v.from, to: v.to },
    figures: reference.content.figures.map((f) => (f.key === 'baseWageMonthlyFen' ? { ...f, value: v.baseWageFen } : f)),
    signedAt: v.signedOn,
  };
  const first = must(await agreementVersionFirst({ agreementId: v.agreementId, kind: 'wage', title: `${v.name}工资专项集体合同`, enterpriseCreditCode: v.code }, content));
  const signedAt = `${v.signedOn}T10:00:00+08:00`;
  const agreement: AgreementVersion = { ...first, signatures: reference.signatures.map((s) => ({ ...s, signedAt })) };
  return {
    ...base,
    createdAt: `${v.signedOn}T16:00:00+08:00`,
    enterprise: { profile: { ...base.enterprise.profile, name: v.name, creditCode: v.code, headcount: v.headcount, unionName: `${v.name}工会` }, people: base.enterprise.people },
    agreements: [agreement],
    recordSummary: {
      events: [
        { date: v.signedOn, kind: 'signing', summary: '双方首席代表签订工资专项集体合同。', agreementId: v.agreementId },
        { date: v.filedOn, kind: 'filing', summary: '报送人力资源社会保障部门审查。', agreementId: v.agreementId },
      ],
      notes: '',
    },
  };
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: federationBundles.ts <dir>');
  mkdirSync(out, { recursive: true });
  const today = isoDateToday();
  const day = (n: number) => isoDateAddDays(today, n);
  const reference = must(await referenceBundleContents());

  const hailan = await variant(reference, {
    name: '福鼎市海岚茶业有限公司', code: creditCode('91350982MA2Y00001'), agreementId: 'hailan-wage', headcount: 86,
    from: day(-200), to: day(400), signedOn: day(-210), filedOn: day(-207), baseWageFen: 230_000,
  });
  const bailin = await variant(reference, {
    name: '福鼎市白琳五金制品有限公司', code: creditCode('91350982MA2Y00002'), agreementId: 'bailin-wage', headcount: 142,
    from: day(-320), to: day(45), signedOn: day(-330), filedOn: day(-326), baseWageFen: 181_000,
  });
  // Version 2 of 海岚's agreement: the base wage raised; version 1 comes along as history.
  const v1 = hailan.agreements[0]!;
  const next = must(await agreementVersionNew(v1, { ...v1.content, figures: v1.content.figures.map((f) => (f.key === 'baseWageMonthlyFen' ? { ...f, value: 240_000 } : f)) }));
  const hailanV2: BundleContents = { ...hailan, agreements: [next.previous, { ...next.next, signatures: v1.signatures }] };

  const files: [string, BundleContents, string?][] = [
    ['longxiang.wdbundle', reference],
    ['hailan.wdbundle', hailan],
    ['hailan-v2.wdbundle', hailanV2],
    ['bailin.wdbundle', bailin, bailinPassword],
  ];
  for (const [name, contents, password] of files) {
    const bytes = must(await bundleBuild(contents, password ? { password, iterations: 10_000 } : {}));
    writeFileSync(join(out, name), bytes);
  }
  process.stdout.write(`${JSON.stringify({ password: bailinPassword })}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
