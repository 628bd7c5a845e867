// The registry as the federation reads it on a given day: each enterprise with its agreements' status,
// the workers covered, the base wage against the county's minimum, late filings and missed renewals.
// Pure: the screen, the charts, the workbook and the report all read this one value.
import { registryAgreementCurrent, type BundleRegistry, type RegistryAgreement } from '../../../shared/bundle/registry';
import type { AgreementKind, AgreementVersion } from '../../../shared/bundle/agreement';
import { witnessTrustCounts, type WitnessTrust } from '../../../shared/bundle/trust';
import type { RecordSummary } from '../../../shared/bundle/contents';
import { isoDateDiffDays, isoDateParse, type IsoDate } from '../../../shared/dates/isoDate';
import { quarterOf } from '../../../shared/dates/quarter';
import type { Fen } from '../../../shared/money/fen';
import { minimumWageFor } from '../../../shared/regions/minimumWage';
import { floorFinding, minimumWageDataDefault } from '../../../shared/wage/floor';
import { agreementStatuses, agreementStatusOf, filingCheck, renewalCheck, type AgreementStatus, type FilingCheck, type RenewalCheck } from './agreementStatus';
import { zhNameCompare } from '../../../shared/text/collation';

import { baseWageFigureKey } from '../../../templates/agreement/content';

export interface AgreementOverview {
  readonly agreementId: string;
  readonly title: string;
  readonly kind: AgreementKind;
  /** The current version's number, and how many versions are held (the rest are history). */
  readonly version: number;
  readonly versionsHeld: number;
  readonly status: AgreementStatus;
  readonly termFrom: string;
  readonly termTo: string;
  readonly signedAt: string | null;
  readonly fingerprint: string;
  /** Days until the term ends (negative once it has). */
  readonly daysLeft: number;
  /**
   * The current version's witness standing (shared/bundle/trust.ts): `witnessed` only under our key or a
   * trusted federation's, with a signature that verified on this read; `witnessedByUs` under ours.
   */
  readonly witness: WitnessTrust;
  readonly witnessed: boolean;
  readonly witnessedByUs: boolean;
  readonly filing: FilingCheck | null;
  readonly renewal: RenewalCheck | null;
}

export type FloorVerdict = 'above' | 'at' | 'below' | 'unknown';

export interface BaseWageCheck {
  readonly agreementId: string;
  /** 分 per month. */
  readonly baseWage: Fen;
  /** 分 per month; null when the county's tier or the table for the day is unknown. */
  readonly floor: Fen | null;
  readonly verdict: FloorVerdict;
  /** The day checked: today while the agreement runs, else the nearest day of its term. */
  readonly date: IsoDate;
}

export interface EnterpriseOverview {
  readonly creditCode: string;
  readonly name: string;
  readonly regionCode: string;
  readonly headcount: number;
  readonly agreements: readonly AgreementOverview[];
  /** Headcount when an agreement is in force (or expiring) today, else 0. */
  readonly workersCovered: number;
  readonly baseWage: BaseWageCheck | null;
  readonly lateFilings: number;
  readonly missedRenewals: number;
}

export interface RegistryOverview {
  readonly today: IsoDate;
  readonly enterprises: readonly EnterpriseOverview[];
  readonly statusCounts: Readonly<Record<AgreementStatus, number>>;
  readonly workersCovered: number;
  readonly lateFilings: number;
  readonly missedRenewals: number;
}


function clampDay(today: IsoDate, from: string, to: string): IsoDate {
  const day = today < from ? from : today > to ? to : today;
  return (isoDateParse(day) ?? today) as IsoDate;
}

function baseWageCheck(agreements: readonly RegistryAgreement[], regionCode: string, today: IsoDate): BaseWageCheck | null {
  const wage = agreements
    .map(registryAgreementCurrent)
    .filter((v) => v.kind === 'wage' && v.content.figures.some((f) => f.key === baseWageFigureKey && f.unit === 'fen'))
    .sort((a, b) => (a.content.term.from < b.content.term.from ? 1 : -1))[0];
  if (!wage) return null;
  const baseWage = wage.content.figures.find((f) => f.key === baseWageFigureKey)!.value as Fen;
  const date = clampDay(today, wage.content.term.from, wage.content.term.to);
  const lookup = minimumWageFor(regionCode, date, minimumWageDataDefault.tables, minimumWageDataDefault.assignments);
  const finding = floorFinding({ scenario: wage.agreementId, quarter: quarterOf(date), date, regionCode, baseWage }, lookup);
  const floor = 'unknown' in lookup ? null : lookup.monthly;
  const verdict: FloorVerdict = finding === null ? 'above' : finding.action === 'ask' ? 'unknown' : finding.action === 'block' ? 'below' : 'at';
  return { agreementId: wage.agreementId, baseWage, floor, verdict, date };
}

/**
 * Without a checked standing (`trust` not given: a caller that did not verify), a signature under our key
 * reads as ours and any other as unknown: nothing unchecked ever counts as a trusted federation's.
 */
function witnessUnchecked(witnesses: readonly AgreementVersion['signatures'][number][], ourKey: string | null): WitnessTrust {
  if (ourKey !== null && witnesses.some((s) => s.kind === 'ed25519' && s.publicKey === ourKey)) return 'ours';
  return witnesses.length > 0 ? 'unknownKey' : 'none';
}

function agreementOverview(agreement: RegistryAgreement, all: readonly RegistryAgreement[], summary: RecordSummary, regionCode: string, today: IsoDate, ourKey: string | null, trust: RegistryTrust | null): AgreementOverview {
  const current = registryAgreementCurrent(agreement);
  const { term } = current.content;
  // A later agreement of the same kind (a later term start) means the next round did happen.
  const later = all.some((other) => other.agreementId !== agreement.agreementId && registryAgreementCurrent(other).kind === current.kind && registryAgreementCurrent(other).content.term.from > term.from);
  const witnesses = current.signatures.filter((s) => s.kind === 'ed25519' && s.role === 'witness');
  const witness = trust ? (trust[agreement.agreementId] ?? 'none') : witnessUnchecked(witnesses, ourKey);
  return {
    agreementId: current.agreementId,
    title: current.title,
    kind: current.kind,
    version: current.version,
    versionsHeld: agreement.versions.length,
    status: agreementStatusOf(current, summary, today),
    termFrom: term.from,
    termTo: term.to,
    signedAt: current.content.signedAt,
    fingerprint: current.fingerprint,
    daysLeft: isoDateDiffDays(term.to as IsoDate, today),
    witness,
    witnessed: witnessTrustCounts(witness),
    witnessedByUs: witness === 'ours',
    filing: filingCheck(current, summary, regionCode, today),
    renewal: renewalCheck(current, summary, regionCode, today, later),
  };
}

/** Witness standing by agreement id, as the data layer checked it on this read (registryRead). */
export type RegistryTrust = Readonly<Record<string, WitnessTrust>>;

/**
 * `ourKey`: this federation's witness public key (hex); `trust`: each agreement's checked witness
 * standing (the workbench always passes it; without it only our own key's signatures count).
 */
export function registryOverview(registry: BundleRegistry, today: IsoDate, ourKey: string | null = null, trust: RegistryTrust | null = null): RegistryOverview {
  const byEnterprise = new Map<string, RegistryAgreement[]>();
  for (const agreement of Object.values(registry.agreements)) {
    byEnterprise.set(agreement.enterpriseCreditCode, [...(byEnterprise.get(agreement.enterpriseCreditCode) ?? []), agreement]);
  }
  const enterprises = Object.values(registry.enterprises)
    .map((held): EnterpriseOverview => {
      const { profile } = held.enterprise;
      const owned = (byEnterprise.get(held.creditCode) ?? []).sort((a, b) => (a.agreementId < b.agreementId ? -1 : 1));
      const agreements = owned.map((a) => agreementOverview(a, owned, held.recordSummary, profile.regionCode, today, ourKey, trust));
      const covered = agreements.some((a) => a.status === 'inForce' || a.status === 'expiring');
      return {
        creditCode: held.creditCode,
        name: profile.name,
        regionCode: profile.regionCode,
        headcount: profile.headcount,
        agreements,
        workersCovered: covered ? profile.headcount : 0,
        baseWage: baseWageCheck(owned, profile.regionCode, today),
        lateFilings: agreements.filter((a) => a.filing?.late).length,
        missedRenewals: agreements.filter((a) => a.renewal?.missed).length,
      };
    })
    .sort((a, b) => zhNameCompare(a.name, b.name));
  const statusCounts = Object.fromEntries(agreementStatuses.map((s) => [s, 0])) as Record<AgreementStatus, number>;
  for (const e of enterprises) for (const a of e.agreements) statusCounts[a.status]++;
  const sum = (pick: (e: EnterpriseOverview) => number) => enterprises.reduce((total, e) => total + pick(e), 0);
  return {
    today,
    enterprises,
    statusCounts,
    workersCovered: sum((e) => e.workersCovered),
    lateFilings: sum((e) => e.lateFilings),
    missedRenewals: sum((e) => e.missedRenewals),
  };
}
