import cliProgress from 'cli-progress';

/**
 * The progress bar a data team watches during a long load: the phase, rows done, rows a second and
 * time remaining. Not a terminal (a log file, CI)? Then a line every few seconds instead.
 */
export function progressBar(): { report: (phase: string, done: number, total?: number) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar(
    {
      format: '{phase} [{bar}] {percentage}% | {value}/{total} rows | {speed} rows/s | {eta_formatted} left',
      noTTYOutput: true,
      notTTYSchedule: 5_000,
      etaBuffer: 50,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase: string | null = null;
  let started = 0;
  let startedAt = 0;
  return {
    report(next, done, total) {
      if (next !== phase) {
        if (phase !== null) bar.stop();
        phase = next;
        started = done;
        startedAt = Date.now();
        bar.start(total ?? done, done, { phase, speed: 0 });
      }
      const seconds = (Date.now() - startedAt) / 1000;
      if (total !== undefined) bar.setTotal(total);
      else if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { phase, speed: seconds > 0 ? Math.round((done - started) / seconds) : 0 });
    },
    stop() {
      if (phase !== null) bar.stop();
      phase = null;
    },
  };
}
