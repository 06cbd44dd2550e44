export interface BenchResult {
  name: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
  /** Other figures of the same run (p50, peak memory, seconds). */
  extra?: Record<string, number | string>
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]!
}

/** Runs fn for each input in turn; latencies in ms, sorted, and calls per second. */
export async function measure<T>(
  inputs: T[],
  fn: (input: T) => Promise<unknown>,
): Promise<{ sorted: number[]; perSecond: number }> {
  const latencies: number[] = []
  const started = performance.now()
  for (const input of inputs) {
    const t = performance.now()
    await fn(input)
    latencies.push(performance.now() - t)
  }
  const seconds = (performance.now() - started) / 1000
  return { sorted: latencies.sort((a, b) => a - b), perSecond: inputs.length / seconds }
}

const round = (n: number): number =>
  Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 1000) / 1000

export function printTable(results: BenchResult[]): void {
  const rows = results.map((r) => [
    r.name,
    String(round(r.value)),
    r.unit,
    r.baseline === undefined ? '' : String(round(r.baseline)),
    r.ratio === undefined ? '' : String(round(r.ratio)),
    Object.entries(r.extra ?? {})
      .map(([k, v]) => `${k}=${typeof v === 'number' ? round(v) : v}`)
      .join(' '),
  ])
  const header = ['benchmark', 'value', 'unit', 'baseline', 'ratio', 'details']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  process.stdout.write(`${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`)
  for (const row of rows) process.stdout.write(`${line(row)}\n`)
}
