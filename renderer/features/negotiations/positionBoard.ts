// The item-by-item board: every topic raised in the minutes, and at each meeting where each side stood.
import type { Meeting } from '../../../shared/procedure/record';

export type ItemStatus = 'open' | 'agreed' | 'withdrawn';

export interface BoardCell {
  readonly workersAsk: string;
  readonly employerOffer: string;
  readonly status: ItemStatus;
}

export interface BoardRow {
  readonly topic: string;
  /** One per meeting, in order; null where the topic was not on that meeting's minutes. */
  readonly cells: readonly (BoardCell | null)[];
  /** Where it stands after the last meeting that discussed it. */
  readonly latest: ItemStatus;
}

/** Topics in the order first raised; the same topic (same words after trimming) is one row. */
export function positionBoard(meetings: readonly Meeting[]): BoardRow[] {
  const topics: string[] = [];
  for (const m of meetings) for (const item of m.minutes?.items ?? []) if (!topics.includes(item.topic)) topics.push(item.topic);
  return topics.map((topic) => {
    const cells = meetings.map((m) => {
      const item = m.minutes?.items.find((it) => it.topic === topic);
      return item ? { workersAsk: item.workersAsk, employerOffer: item.employerOffer, status: item.status } : null;
    });
    const latest = [...cells].reverse().find((c) => c !== null)?.status ?? 'open';
    return { topic, cells, latest };
  });
}
