export interface PollingOptions {
  /** The pause between rounds. */
  readonly pollMs: number;
  /** Asked before each round and during the pause: true ends the loop. */
  readonly stopping?: () => boolean;
  /** Told of a round that failed (a lost database connection, say); the loop carries on after the pause. */
  readonly reportError?: (error: unknown) => void;
}

/** How often a pausing loop checks whether it has been told to stop. */
const PAUSE_STEP_MS = 200;

/** Runs `round`, pauses `pollMs`, and again, until `stopping` says so: the shape of every background worker loop. */
export async function keepPolling(round: () => Promise<unknown>, options: PollingOptions): Promise<void> {
  while (!options.stopping?.()) {
    try {
      await round();
    } catch (error) {
      options.reportError?.(error);
    }
    for (let waited = 0; waited < options.pollMs && !options.stopping?.(); waited += PAUSE_STEP_MS) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(PAUSE_STEP_MS, options.pollMs - waited)));
    }
  }
}
