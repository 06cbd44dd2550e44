import type { Executor } from '../../../platform/db/database.js'
import { vietnamDays } from '../../../platform/time/vietnam.js'
import { documentKinds } from '../kinds/kinds.reference.js'
import { tallyIssued, tallyReused, type KindTally } from './kpi.queries.js'

/** One kind a plan model counts, with the period's figures. */
export interface KindFigures {
  kind: string
  name: { vi: string; en: string }
  issued: number
  reused: number
}

export interface VaultKpi {
  /** The kinds the model counts (data/documents/kinds: `models`), each even when zero. */
  kinds: KindFigures[]
  totals: { issued: number; reused: number }
}

const countOf = (tallies: KindTally[], kind: string): number =>
  tallies.find((t) => t.kind === kind)?.count ?? 0

/**
 * What models 32, 33 and 34 measure: documents agencies issued into residents' vaults, and
 * vault documents dossiers took instead of paper, for the kinds the model counts.
 * @param period Vietnam calendar days, both included
 */
export async function vaultKpi(
  db: Executor,
  modelNo: number,
  period: { from: string; to: string },
): Promise<VaultKpi> {
  const span = vietnamDays(period)
  const [issued, reused] = await Promise.all([tallyIssued(db, span), tallyReused(db, span)])
  const kinds = [...documentKinds().values()]
    .map((k) => k.definition)
    .filter((k) => k.models.includes(modelNo))
    .map((k) => ({
      kind: k.code,
      name: k.name,
      issued: countOf(issued, k.code),
      reused: countOf(reused, k.code),
    }))
  return {
    kinds,
    totals: {
      issued: kinds.reduce((sum, k) => sum + k.issued, 0),
      reused: kinds.reduce((sum, k) => sum + k.reused, 0),
    },
  }
}
