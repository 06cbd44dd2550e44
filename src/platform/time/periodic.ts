/**
 * Runs a housekeeping task every `everyMs`, never two at once, without keeping the process alive;
 * `stop` waits for a run in progress so shutdown does not cut it midway.
 */
export function runPeriodically(
  task: () => Promise<unknown>,
  everyMs: number,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<void> | undefined
  const timer = setInterval(() => {
    running ??= task()
      .then(() => undefined, onError)
      .finally(() => {
        running = undefined
      })
  }, everyMs)
  timer.unref()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
