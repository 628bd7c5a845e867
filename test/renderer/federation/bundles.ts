// Bundle contents for the federation tests: the sample's Spring Festival round, bundled as a user's round
// is (test/shared/bundle/sampleBundle.ts), and variants of it for other enterprises (valid GB 32100 credit
// codes), with the term, filing and base wage a test needs.
import { agreementVersionFirst, type AgreementContent } from '../../../shared/bundle/agreement';
import type { BundleContents } from '../../../shared/bundle/contents';
import { creditCodeCheckChar } from '../../../shared/enterprise/creditCode';
import { must, sampleBundleContents } from '../../shared/bundle/sampleBundle';

export function variantCreditCode(serial: number): string {
  const first17 = `91350982MA2Y0000${serial % 10}`;
  return first17 + creditCodeCheckChar(first17)!;
}

export function referenceContents(): Promise<BundleContents> {
  return sampleBundleContents();
}

export interface VariantOptions {
  readonly serial: number;
  readonly name?: string;
  readonly agreementId?: string;
  readonly from?: string;
  readonly to?: string;
  /** null: a draft. */
  readonly signedOn?: string | null;
  readonly filedOn?: string | null;
  readonly baseWageFen?: number;
  readonly headcount?: number;
}

export async function variantContents(o: VariantOptions): Promise<BundleContents> {
  const base = await referenceContents();
  const reference = base.agreements[0]!;
  const name = o.name ?? `福鼎市测试企业${o.serial}有限公司`;
  const code = variantCreditCode(o.serial);
  const agreementId = o.agreementId ?? `variant-${o.serial}`;
  const signedOn = o.signedOn === undefined ? '2026-01-10' : o.signedOn;
  const content: AgreementContent = {
    ...reference.content,
    title: `${name}工资专项集体合同`,
    parties: { employer: { ...reference.content.parties.employer, name, creditCode: code }, workers: reference.content.parties.workers },
    term: { from: o.from ?? '2026-02-01', to: o.to ?? '2027-01-31' },
    figures: reference.content.figures.map((f) => (f.key === 'baseWageMonthlyFen' && o.baseWageFen !== undefined ? { ...f, value: o.baseWageFen } : f)),
    signedAt: signedOn,
  };
  const first = must(await agreementVersionFirst({ agreementId, kind: 'wage', title: content.title, enterpriseCreditCode: code }, content));
  const events: BundleContents['recordSummary']['events'][number][] = [];
  if (o.filedOn) events.push({ date: o.filedOn, kind: 'filing', summary: '报送审查。', agreementId });
  return {
    ...base,
    enterprise: { profile: { ...base.enterprise.profile, name, creditCode: code, headcount: o.headcount ?? 100 }, people: base.enterprise.people },
    agreements: [{ ...first, signatures: signedOn === null ? [] : reference.signatures }],
    recordSummary: { events, notes: '' },
  };
}
