// Makes the bundles the federation e2e imports (run with tsx: the bundle core's Ed25519 library is
// ESM-only, which Playwright's CommonJS test loader cannot require on Node 20). Writes into argv[2]:
//   longxiang.wdbundle  the sample's Spring Festival round (term long over: expired, filed late, renewal missed)
//   hailan.wdbundle     a second enterprise, in force, filed on time
//   hailan-v2.wdbundle  the same agreement's version 2 (supersedes version 1)
//   bailin.wdbundle     a third enterprise, expiring within 90 days, base wage on the floor, encrypted
//   longan.wdbundle     a fourth enterprise (a sector member in the sector e2e), in force, 2,600 元 a month
// and prints { password } as JSON. Every bundle is made as a user's is: a case file through caseFileParse
// and caseBundleContents, both chiefs' drawn signatures added with agreementSign (sampleBundle.ts). Terms
// are relative to today so the statuses hold on any day.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementVersion } from '../../shared/bundle/agreement';
import type { BundleContents } from '../../shared/bundle/contents';
import { bundleBuild } from '../../shared/bundle/format';
import type { CaseFileInput } from '../../shared/case/caseFile';
import type { RoundInput } from '../../shared/case/round';
import { isoDateAddDays, isoDateToday } from '../../shared/dates/isoDate';
import { creditCodeCheckChar } from '../../shared/enterprise/creditCode';
import { referenceCaseFile } from '../../shared/sample/referenceRounds';
import { agreementFreeze, agreementState } from '../../templates/agreement/flow';
import { caseFileRead, chiefsSigned, must, sampleBundleRoundId, signedBundleOf } from '../shared/bundle/sampleBundle';

export const bailinPassword = '白琳2026';

function creditCode(first17: string): string {
  return first17 + creditCodeCheckChar(first17)!;
}

/**
 * The sample's round as the enterprise bundled it on the signing day, before filing: the record stops at
 * the signature, so the federation sees the 7-day filing deadline pass with no filing (FIL-01, late).
 */
function longxiangOnSigningDay(): CaseFileInput {
  const file = referenceCaseFile(sampleBundleRoundId);
  const round = file.round as RoundInput;
  return { ...file, round: { ...round, procedure: { ...round.procedure, filing: null, publication: null } } };
}

interface Variant {
  readonly name: string;
  readonly code: string;
  readonly roundId: string;
  readonly headcount: number;
  readonly from: string;
  readonly to: string;
  readonly signedOn: string;
  readonly filedOn: string;
  readonly baseWageFen: number;
}

/**
 * Another enterprise in 福鼎 with the sample's people at the table: one wage round agreeing one base wage
 * for its term, signed and filed, with nothing else (no model, terms, roster or earlier rounds).
 */
function variantCase(v: Variant, baseWageFen = v.baseWageFen): CaseFileInput {
  const sample = referenceCaseFile(sampleBundleRoundId);
  const round = sample.round as RoundInput;
  const title = `${v.name}工资专项集体合同`;
  return {
    ...sample,
    enterprise: { ...sample.enterprise, name: v.name, creditCode: v.code, headcount: v.headcount, unionName: `${v.name}工会` },
    round: {
      ...round,
      id: v.roundId,
      title,
      previousRoundId: null,
      wage: null,
      agreed: { kind: 'figures', standards: [{ period: '合同期内', from: v.from, monthlyFen: baseWageFen }] },
      terms: [],
      procedure: {
        ...round.procedure,
        title,
        enterpriseName: v.name,
        request: null, reply: null, workerRepresentativesApproval: null, informationRequests: [], meetings: [], suspensions: [], draft: null, votes: [], publication: null,
        signing: { date: v.signedOn, chiefsSigned: { workers: true, employer: true }, seals: { workers: true, employer: true } },
        filing: { submittedAt: v.filedOn, copies: 3, explanatoryNote: true, receivedAt: null, objection: null },
        term: { from: v.from, to: v.to },
      },
      details: { ...round.details, yearLabel: '', annualBasis: [], occupationalHealth: {} },
      assumptions: [],
    },
    earlier: [],
    roster: [],
    ledger: {},
    agreements: [],
  };
}

/** The registry lists agreements by the version's label; the e2e finds each by its enterprise's name. */
function labelled(version: AgreementVersion, v: Variant): AgreementVersion {
  return { ...version, title: `${v.name}工资专项集体合同` };
}

async function variant(v: Variant): Promise<BundleContents> {
  const contents = await signedBundleOf(caseFileRead(variantCase(v)), { createdAt: `${v.signedOn}T16:00:00+08:00`, signedOn: v.signedOn });
  return { ...contents, agreements: contents.agreements.map((a) => labelled(a, v)) };
}

/** Version 2 with `baseWageFen`: the agreement flow voids version 1 (kept as history) and both chiefs sign again. */
async function variantRaised(v: Variant, first: BundleContents, baseWageFen: number): Promise<BundleContents> {
  const v1 = first.agreements[0]!;
  const raised = await signedBundleOf(caseFileRead(variantCase(v, baseWageFen)), { createdAt: first.createdAt, signedOn: v.signedOn });
  const content = raised.agreements[0]!.content;
  const made = must(await agreementFreeze('wage-agreement', { roundId: v.roundId, creditCode: v.code }, agreementState([v1], content), content));
  const [previous, next] = made.write;
  return { ...first, agreements: [previous!, labelled(chiefsSigned(next!, `${v.signedOn}T10:00:00+08:00`), v)] };
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: federationBundles.ts <dir>');
  mkdirSync(out, { recursive: true });
  const today = isoDateToday();
  const day = (n: number) => isoDateAddDays(today, n);
  const longxiang = await signedBundleOf(caseFileRead(longxiangOnSigningDay()), { createdAt: '2021-01-15T16:00:00+08:00', signedOn: '2021-01-15' });

  const hailanVariant: Variant = {
    name: '福鼎市海岚茶业有限公司', code: creditCode('91350982MA2Y00001'), roundId: 'hailan-wage', headcount: 86,
    from: day(-200), to: day(400), signedOn: day(-210), filedOn: day(-207), baseWageFen: 230_000,
  };
  const hailan = await variant(hailanVariant);
  const bailin = await variant({
    name: '福鼎市白琳五金制品有限公司', code: creditCode('91350982MA2Y00002'), roundId: 'bailin-wage', headcount: 142,
    from: day(-320), to: day(45), signedOn: day(-330), filedOn: day(-326), baseWageFen: 204_500,
  });
  const longan = await variant({
    name: '福鼎市龙安合成革有限公司', code: creditCode('91350982MA2Y00011'), roundId: 'longan-wage', headcount: 300,
    from: day(-100), to: day(600), signedOn: day(-110), filedOn: day(-105), baseWageFen: 260_000,
  });
  // Version 2 of 海岚's agreement: the base wage raised; version 1 comes along as history.
  const hailanV2 = await variantRaised(hailanVariant, hailan, 240_000);

  const files: [string, BundleContents, string?][] = [
    ['longxiang.wdbundle', longxiang],
    ['hailan.wdbundle', hailan],
    ['hailan-v2.wdbundle', hailanV2],
    ['bailin.wdbundle', bailin, bailinPassword],
    ['longan.wdbundle', longan],
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
