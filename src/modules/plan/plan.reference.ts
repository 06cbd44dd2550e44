import { readFileSync } from 'node:fs'
import type { Executor } from '../../platform/db/database.js'
import { countModels, insertReference } from './models.queries.js'
import { parsePlanDeadline } from './calendar.js'
import { matchAgencies } from './spellings.js'
import type { AGENCY_KINDS, MODEL_GROUPS, planModelAgencies } from './plan.tables.js'

interface ModelRecord {
  no: number
  group: (typeof MODEL_GROUPS)[number]
  lead: string
  coordinate: string
  forces: string
  deadline: string
  platform: string
  name_vi: string
  name_en: string
  modules: string[]
  platform_delivers: string
  platform_delivers_vi: string
  kpi: string
  kpi_vi: string
}

const NO_KPI = '-'

/** Reference texts are stored "Tiếng Việt / English", as the pages read them (one half each). */
const bilingual = (vi: string, en: string): string => (en === NO_KPI ? en : `${vi} / ${en}`)

interface AgencyFile {
  agencies: {
    code: string
    nameVi: string
    nameEn: string
    kind: (typeof AGENCY_KINDS)[number]
  }[]
  spellings: Record<string, string[]>
}

const dataFile = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8'))

export const readModelFile = (): ModelRecord[] => dataFile('plan-106-models.json') as ModelRecord[]
export const readAgencyFile = (): AgencyFile => dataFile('plan-106-agencies.json') as AgencyFile

let agencyLabels: Map<string, { vi: string; en: string }> | undefined

/**
 * The plan's agencies by code, in Vietnamese and English (the access log names the office that
 * read a person's data); a code the plan does not list is left out.
 */
export function agencyNames(codes: readonly string[]): Map<string, { vi: string; en: string }> {
  agencyLabels ??= new Map(
    readAgencyFile().agencies.map((a) => [a.code, { vi: a.nameVi, en: a.nameEn }]),
  )
  const labels = agencyLabels
  return new Map(
    codes.flatMap((code) => {
      const label = labels.get(code)
      return label ? [[code, label] as const] : []
    }),
  )
}

type ModelAgencyRow = typeof planModelAgencies.$inferInsert

/**
 * The lead and coordinating agencies of every model.
 * @throws Error naming the model and the text when a cell holds a spelling the file lacks: the
 *   data files must agree, and a silent gap would leave a model without a reporter.
 */
export function modelAgencies(
  models: ModelRecord[],
  spellings: AgencyFile['spellings'],
): ModelAgencyRow[] {
  return models.flatMap((m) =>
    (['lead', 'coordinate'] as const).flatMap((role) => {
      const { codes, unmatched } = matchAgencies(m[role], spellings)
      if (unmatched.length > 0 || codes.length === 0)
        throw new Error(
          `model ${m.no}: unknown agency in ${role} "${m[role]}": ${unmatched.join(', ')}`,
        )
      return codes.map((agencyCode) => ({ modelNo: m.no, agencyCode, role }))
    }),
  )
}

/**
 * Loads the plan's agencies and 43 models once, in the caller's transaction or not; rows already
 * there are left as they are (statuses, deadlines set since, contacts), so every start may call it.
 * @returns models inserted (0 when already loaded).
 */
export async function ensurePlanReference(db: Executor): Promise<number> {
  const models = readModelFile()
  if ((await countModels(db)) >= models.length) return 0
  const agencies = readAgencyFile()
  const inserted = await insertReference(db, {
    agencies: agencies.agencies,
    models: models.map((m) => ({
      no: m.no,
      groupCode: m.group,
      nameVi: m.name_vi,
      nameEn: m.name_en,
      leadText: m.lead,
      coordinateText: m.coordinate,
      forces: m.forces,
      platform: m.platform,
      modules: m.modules,
      platformDelivers: bilingual(m.platform_delivers_vi, m.platform_delivers),
      kpiText: bilingual(m.kpi_vi, m.kpi),
      deadlineText: m.deadline,
      deadlineDate: parsePlanDeadline(m.deadline) ?? null,
    })),
    links: modelAgencies(models, agencies.spellings),
  })
  return inserted.length
}
