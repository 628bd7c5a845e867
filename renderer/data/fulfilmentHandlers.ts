// The enterprise's roster and payments (协议条款与兑现), and the agreement versions of its rounds.
import type { AgreementVersion } from '../../shared/bundle/agreement';
import type { EnterpriseId } from '../../shared/enterprise/model';
import type { Worker } from '../../shared/roster/worker';
import type { LedgerEntry } from '../../shared/terms/ledger';
import { agreementRepo, type StoredAgreement } from '../db/agreementRepo';
import { ledgerRepo, type PaymentInput } from '../db/ledgerRepo';
import { repoGuard, repoOk, type Listing, type RepoResult } from '../db/repoResult';
import { roundRowsRead } from '../db/roundRepo';
import type { Round, RoundId } from '../../shared/case/round';
import type { IsoDate } from '../../shared/dates/isoDate';
import { type Fen, fenSum } from '../../shared/money/fen';
import { ledgerOverdueAlerts } from '../../shared/terms/ledgerSummary';
import { termIsMonetary } from '../../shared/terms/term';
import { workerRepo } from '../db/workerRepo';
import type { DataContext } from './context';

/** An enterprise with agreed payments past due and unpaid: how many, how much, and the round to open. */
export interface EnterpriseOverdue {
  readonly enterpriseId: EnterpriseId;
  readonly roundId: RoundId;
  readonly items: number;
  readonly amount: Fen;
}

export const fulfilmentHandlers = {
  /** Overdue payments per enterprise across all its rounds (the home screen's alerts). */
  async overdueAll(ctx: DataContext, args: { readonly today: IsoDate }): Promise<RepoResult<readonly EnterpriseOverdue[]>> {
    return repoGuard(async () => {
      const byEnterprise = new Map<string, Round[]>();
      for (const { enterpriseId, round } of roundRowsRead(await ctx.db.rounds.toArray()).items) {
        if (round.terms.some(termIsMonetary)) byEnterprise.set(enterpriseId, [...(byEnterprise.get(enterpriseId) ?? []), round]);
      }
      const out: EnterpriseOverdue[] = [];
      for (const [enterpriseId, rounds] of byEnterprise) {
        const ledger = await ledgerRepo(ctx.db, ctx.deps).read(enterpriseId);
        if (!ledger.ok) continue;
        const alerts = ledgerOverdueAlerts(rounds.flatMap((r) => r.terms), ledger.value.ledger, args.today);
        if (alerts.length === 0) continue;
        const first = rounds.find((r) => r.terms.some((t) => t.id === alerts[0]!.termId)) ?? rounds[0]!;
        out.push({ enterpriseId: enterpriseId as EnterpriseId, roundId: first.id, items: alerts.length, amount: fenSum(alerts.map((a) => a.outstandingFen)) });
      }
      return repoOk(out);
    });
  },

  /** Adds every worker or none (roster.workerIdTwice, roster.idNumberTwice, validation). */
  async rosterAdd(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly workers: readonly Worker[] }): Promise<RepoResult<{ readonly added: number }>> {
    return workerRepo(ctx.db, ctx.deps).addMany(args.enterpriseId, args.workers);
  },

  async rosterList(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId }): Promise<RepoResult<Listing<Worker>>> {
    return workerRepo(ctx.db, ctx.deps).listByEnterprise(args.enterpriseId);
  },

  /** Records a payment (ledger.noEntry, ledger.overpaid, validation). */
  async paymentAdd(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly termId: string; readonly workerId: string; readonly payment: PaymentInput }): Promise<RepoResult<LedgerEntry>> {
    return ledgerRepo(ctx.db, ctx.deps).paymentAdd(args.enterpriseId, args.termId, args.workerId, args.payment);
  },

  /** Writes agreement versions (a new one with the voiding of the old, or signatures added) in one transaction. */
  async agreementsSave(ctx: DataContext, args: { readonly enterpriseId: EnterpriseId; readonly versions: readonly AgreementVersion[] }): Promise<RepoResult<readonly StoredAgreement[]>> {
    return agreementRepo(ctx.db, ctx.deps).save(args.enterpriseId, args.versions);
  },

  /** Every readable version in the store (the verify screen searches them all). */
  async agreementsAll(ctx: DataContext): Promise<RepoResult<Listing<StoredAgreement>>> {
    return agreementRepo(ctx.db, ctx.deps).listAll();
  },
};
