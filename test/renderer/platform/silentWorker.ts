// A stand-in for Worker in unit tests (stubbed in as the global): it keeps the jobs posted to it, answers
// only when a test makes it (`say`), and records being ended, so a stuck read can be shown ending.
export class SilentWorker {
  static made: SilentWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  jobs: unknown[] = [];
  terminated = false;
  constructor() {
    SilentWorker.made.push(this);
  }
  postMessage(job: unknown) {
    this.jobs.push(job);
  }
  terminate() {
    this.terminated = true;
  }
  say(data: unknown) {
    this.onmessage?.({ data });
  }
}
