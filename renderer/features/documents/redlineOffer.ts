// 与上一份协议比较: whether the round on screen can be compared with the round it was copied forward from,
// and the comparison when it can. The previous round is read through the facade (`caseLoad`, which brings
// its earlier rounds and its frozen agreement versions); the comparison itself is the core's
// (templates/redline/caseRedline.ts), so the screen, the .docx and `cli redline` agree.
import { useEffect, useMemo, useState } from 'react';
import type { RoundId } from '../../../shared/case/round';
import type { Enterprise, EnterpriseId, Person } from '../../../shared/enterprise/model';
import type { AppError } from '../../../shared/result';
import { agreementIdFor, versionSigned } from '../../../templates/agreement/flow';
import type { CaseContext, CaseData, MissingValue } from '../../../templates/caseViewModel';
import type { Redline } from '../../../templates/redline/redline';
import { type CaseRedline, caseRedline, redlineAuthorDefault, redlineTemplateFor } from '../../../templates/redline/caseRedline';
import type { TemplateName } from '../../../templates/registry';
import type { CaseLoaded } from '../../data/caseHandlers';
import { send } from '../../data/send';

/** The previous round as read from storage. */
export type PreviousRound =
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly data: CaseLoaded };

/** Which text of the previous round is compared: its latest frozen version (signed or not), or its draft. */
export type RedlineBasis = { readonly kind: 'draft' } | { readonly kind: 'frozen'; readonly version: number; readonly signed: boolean };

export type RedlineOffer =
  /** No previous round: nothing to offer. */
  | { readonly kind: 'none' }
  | { readonly kind: 'loading' }
  | {
      readonly kind: 'unavailable';
      readonly reason: 'loadFailed' | 'previousGone' | 'otherKind' | 'noTemplate' | 'previousMissing' | 'currentMissing';
      /** The previous round's title when known. */
      readonly previousTitle: string | null;
      /** What the side that cannot be made still needs. */
      readonly missing: readonly MissingValue[];
    }
  | {
      readonly kind: 'ready';
      readonly name: TemplateName;
      readonly made: CaseRedline & { readonly redline: Redline };
      readonly previousTitle: string;
      readonly basis: RedlineBasis;
      /** Who the tracked changes are by: the union's name, or 职工方. */
      readonly author: string;
    };

interface OfferInput {
  readonly current: CaseData;
  readonly ctx: CaseContext;
  readonly previous: PreviousRound;
  /** Read from the previous round's data when it loaded (people and enterprise are the same enterprise's). */
  readonly enterprise: Enterprise;
  readonly people: readonly Person[];
}

function basisOf(name: TemplateName, previous: CaseLoaded, version: number | null): RedlineBasis {
  if (version === null) return { kind: 'draft' };
  const id = agreementIdFor(name, previous.round.id);
  const stored = previous.agreements.find((v) => v.agreementId === id && v.version === version);
  return { kind: 'frozen', version, signed: stored !== undefined && versionSigned(stored) };
}

const unavailable = (reason: Extract<RedlineOffer, { kind: 'unavailable' }>['reason'], previousTitle: string | null, missing: readonly MissingValue[] = []): RedlineOffer => ({
  kind: 'unavailable',
  reason,
  previousTitle,
  missing,
});

/** What the main agreement's row offers: nothing, a reason in words, or the comparison. */
export function redlineOfferOf({ current, ctx, previous, enterprise, people }: OfferInput): RedlineOffer {
  if (current.round.previousRoundId === null || previous.kind === 'none') return { kind: 'none' };
  if (previous.kind === 'loading') return { kind: 'loading' };
  if (previous.kind === 'failed') return unavailable(previous.error.code === 'notFound' ? 'previousGone' : 'loadFailed', null);
  const before = previous.data;
  if (before.round.kind !== current.round.kind) return unavailable('otherKind', before.round.title);
  const name = redlineTemplateFor(current.round.kind);
  if (name === null) return unavailable('noTemplate', before.round.title);
  const data: CaseData = { enterprise, people, round: before.round, earlier: before.earlier, roster: before.roster };
  const made = caseRedline(name, { data, ctx, agreements: before.agreements }, { data: current, ctx });
  if (!made.previous.doc) return unavailable('previousMissing', before.round.title, made.previous.live.missing);
  if (!made.next.doc || !made.redline) return unavailable('currentMissing', before.round.title, made.next.live.missing);
  return {
    kind: 'ready',
    name,
    made: { ...made, redline: made.redline },
    previousTitle: before.round.title,
    basis: basisOf(name, before, made.previous.version),
    author: redlineAuthorDefault(current),
  };
}

const NONE: PreviousRound = { kind: 'none' };
const LOADING: PreviousRound = { kind: 'loading' };

/** The previous round (`round.previousRoundId`) of the enterprise, loaded once per round on screen. */
export function usePreviousRound(enterpriseId: EnterpriseId, previousRoundId: RoundId | null): PreviousRound {
  const [loaded, setLoaded] = useState<{ readonly id: RoundId; readonly state: PreviousRound } | null>(null);
  useEffect(() => {
    if (previousRoundId === null) return;
    let live = true;
    void send('caseLoad', { enterpriseId, roundId: previousRoundId }).then((r) => {
      if (live) setLoaded({ id: previousRoundId, state: r.ok ? { kind: 'loaded', data: r.value } : { kind: 'failed', error: r.error } });
    });
    return () => {
      live = false;
    };
  }, [enterpriseId, previousRoundId]);
  if (previousRoundId === null) return NONE;
  return loaded?.id === previousRoundId ? loaded.state : LOADING;
}

/** The offer for the round on screen, recomputed only when either round's data or the reference tables change. */
export function useRedlineOffer(input: Omit<OfferInput, 'previous'>): RedlineOffer {
  const previous = usePreviousRound(input.enterprise.id as EnterpriseId, input.current.round.previousRoundId);
  const { current, ctx, enterprise, people } = input;
  return useMemo(() => redlineOfferOf({ current, ctx, previous, enterprise, people }), [current, ctx, previous, enterprise, people]);
}
