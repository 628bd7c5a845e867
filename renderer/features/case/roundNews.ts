// News of a round saved, between tabs of the browser edition (one IndexedDB, several pages): a tab that
// saved says which round and at what revision, so another tab showing that round can reload it when it
// has nothing unsaved, or hear at once that its unsaved edit now conflicts. The desktop has one window,
// whose screens share one copy of the round; there the channel just has no other listener. The same
// channel carries news of an enterprise profile saved (profileNews*), so an open form hears of it at once.
export interface RoundNews {
  readonly enterpriseId: string;
  readonly roundId: string;
  readonly revision: number;
}

const NAME = 'wagedesk.rounds';
let channel: BroadcastChannel | null | undefined;

function channelOpen(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(NAME);
  // Under Node (unit tests) an open channel would keep the process alive.
  (channel as unknown as { unref?: () => void } | null)?.unref?.();
  return channel;
}

export function roundNewsPost(news: RoundNews): void {
  channelOpen()?.postMessage(news);
}

function isNews(data: unknown): data is RoundNews {
  const d = data as Partial<RoundNews> | null;
  return typeof d === 'object' && d !== null && typeof d.enterpriseId === 'string' && typeof d.roundId === 'string' && typeof d.revision === 'number';
}

/** Calls `listener` with every other tab's news; the channel never echoes a tab's own posts. */
export function roundNewsListen(listener: (news: RoundNews) => void): void {
  channelOpen()?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isNews(event.data)) listener(event.data);
  });
}

/** An enterprise profile saved at a revision (renderer/features/enterprises/enterprisesSlice.ts). */
export interface ProfileNews {
  readonly enterpriseId: string;
  readonly profileRevision: number;
}

export function profileNewsPost(news: ProfileNews): void {
  channelOpen()?.postMessage(news);
}

export function isProfileNews(data: unknown): data is ProfileNews {
  const d = data as Partial<ProfileNews> | null;
  return typeof d === 'object' && d !== null && typeof d.enterpriseId === 'string' && typeof d.profileRevision === 'number';
}

/** Like roundNewsListen, for profiles. */
export function profileNewsListen(listener: (news: ProfileNews) => void): void {
  channelOpen()?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isProfileNews(event.data)) listener(event.data);
  });
}
