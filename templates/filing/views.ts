// What the two documents the filing package adds need: the representatives' list and the explanatory
// note (WCM 21: a wage agreement is filed "with an explanation"). Built from the round in
// representativesView.ts and noteView.ts; the templates beside them never look anything up.
import type { IsoDate } from '../../shared/dates/isoDate';
import type { Fen } from '../../shared/money/fen';
import type { BasisPoints } from '../../shared/money/rate';
import type { PartiesView, TermView } from '../viewModel';

export interface RepresentativeRowView {
  readonly name: string;
  /** 首席代表, 协商代表, 外聘专业人员. */
  readonly role: string;
  readonly post: string;
  /** Masked as on every printout of personal data (shared/roster/mask.ts); empty when none is on file. */
  readonly phoneMasked: string;
  /** 工会选派, 民主推举, 法定代表人指派 … */
  readonly chosenBy: string;
  /** A written appointment (委托书) is on file (CCR 20–23). */
  readonly authorization: boolean;
}

export interface RepresentativesListView {
  readonly parties: PartiesView;
  readonly agreementTitle: string;
  readonly employer: readonly RepresentativeRowView[];
  readonly workers: readonly RepresentativeRowView[];
  /** 记录员 (CCR 33: not a negotiator); null when none was chosen. */
  readonly recorder: string | null;
}

/** The agreed base wage against the last one, when the round has an earlier wage to compare with. */
export interface WageRaiseView {
  /** The earlier agreement's label and monthly wage; null when this is the first agreement on record. */
  readonly previous: { readonly label: string; readonly monthly: Fen } | null;
  readonly agreed: Fen;
  /** agreed − previous, and that as a share of previous; null without a previous wage. */
  readonly raise: Fen | null;
  readonly raiseRate: BasisPoints | null;
}

export interface ExplanatoryNoteView {
  readonly parties: PartiesView;
  readonly agreementTitle: string;
  /** The round as the user named it: 2027年度工资集体协商. */
  readonly roundTitle: string;
  readonly requestDate: IsoDate;
  /** 职工方 / 企业方: who made the written request. */
  readonly requestFrom: string;
  readonly replyDate: IsoDate | null;
  /** The dates of the negotiation meetings, in order. */
  readonly meetingDates: readonly IsoDate[];
  readonly voteDate: IsoDate;
  /** 职工代表大会 or 全体职工大会. */
  readonly voteBody: string;
  readonly voteSummary: string;
  readonly signingDate: IsoDate;
  readonly term: TermView;
  readonly workersCovered: number;
  /** A wage round's agreed wage; null for agreements without a wage table. */
  readonly wage: WageRaiseView | null;
  /** The agreed benefits and commitments in a phrase each (年终奖每人800.00元). */
  readonly otherTerms: readonly string[];
}
