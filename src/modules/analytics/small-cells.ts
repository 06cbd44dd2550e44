import { label, num, type Label } from './charts.js'
import type { Row } from './copy-store.js'
import { suppressBreakdown, THRESHOLD } from './suppression.js'

/** What a viewer is told about counts withheld from a breakdown of passages or violations. */
export const SMALL_CELLS_NOTE = label(
  `—: số liệu được ẩn để không lộ nhóm dưới ${THRESHOLD} lượt`,
  `—: withheld so that no group under ${THRESHOLD} can be told`,
)

/**
 * A breakdown of counts whose total is published, with small counts withheld as
 * suppressBreakdown says (a count below the threshold, and enough others that the withheld ones
 * cannot be told by subtraction). Zero rows are shown: nothing to protect. The withheld rows'
 * measures become null and they are marked `withheld`; when the rows are ordered by size, the
 * withheld ones go last by their dimension's code, since their place would tell their size.
 */
export function withholdSmallCounts(
  rows: Row[],
  options: { count: string; measures: readonly string[]; dimension: string; bySize: boolean },
): { rows: Row[]; note: Label | null } {
  const counted = rows.flatMap((r, k) => (num(r[options.count]) > 0 ? [k] : []))
  const hidden = suppressBreakdown(counted.map((k) => num(rows[k]![options.count])))
  const withheld = new Set(counted.filter((_, n) => hidden[n]))
  if (withheld.size === 0) return { rows, note: null }
  const blank = (r: Row): Row => ({
    ...r,
    ...Object.fromEntries(options.measures.map((m) => [m, null])),
    withheld: true,
  })
  const shown = rows.filter((_, k) => !withheld.has(k))
  const hiddenRows = rows.filter((_, k) => withheld.has(k)).map(blank)
  if (!options.bySize)
    return { rows: rows.map((r, k) => (withheld.has(k) ? blank(r) : r)), note: SMALL_CELLS_NOTE }
  const code = (r: Row): string => String(r[options.dimension])
  hiddenRows.sort((a, b) => (code(a) < code(b) ? -1 : code(a) > code(b) ? 1 : 0))
  return { rows: [...shown, ...hiddenRows], note: SMALL_CELLS_NOTE }
}
