/**
 * Runs at most one task at a time; callers arriving while it runs share its result.
 * The refresh token rotates on every use and a reused one revokes the whole session,
 * so two refreshes must never be in flight together.
 */
export class SingleFlight<T> {
  private pending: Promise<T> | null = null;

  get inFlight(): boolean {
    return this.pending !== null;
  }

  run(task: () => Promise<T>): Promise<T> {
    if (!this.pending) {
      this.pending = task().finally(() => {
        this.pending = null;
      });
    }
    return this.pending;
  }
}
