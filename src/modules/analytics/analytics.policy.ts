import { outsideJurisdiction } from '../../platform/auth/access.js'
import { jurisdictionOf, type Principal } from '../../platform/auth/principal.js'
import { unitUnknown } from './analytics.errors.js'
import type { AreaFilter } from './charts.js'
import type { Structure, UnitDirectory } from './units.js'

export const READ = 'analytics.read' as const
export const SENSITIVE = 'analytics.sensitive.read' as const

/**
 * What the caller may see: the whole province for a grant over the province, else the communes
 * (or former districts) of their grants. Aggregates only, but no further than the jurisdiction.
 */
export function visibleCommunes(
  principal: Principal,
  units: UnitDirectory,
  permission: typeof READ | typeof SENSITIVE = READ,
): 'all' | Set<string> {
  const granted = jurisdictionOf(principal, permission)
  if (granted.some((code) => units.provinceCodes.includes(code))) return 'all'
  return new Set(granted.flatMap((code) => units.communesOf(code, '2024') ?? []))
}

/**
 * The communes a request covers: the unit asked for, or everything the caller may see.
 * @throws ANALYTICS_UNIT_UNKNOWN, AUTH_OUTSIDE_JURISDICTION
 */
export function resolveArea(
  principal: Principal,
  units: UnitDirectory,
  request: { unit?: string | undefined; structure?: Structure | undefined },
): AreaFilter {
  const structure = request.structure ?? '2025'
  const visible = visibleCommunes(principal, units)
  if (request.unit === undefined) {
    if (visible === 'all') {
      const [province] = units.provinceCodes
      return {
        communes: null,
        unit: province ? (units.describe(province) ?? null) : null,
        structure,
      }
    }
    if (visible.size === 0) throw outsideJurisdiction()
    return { communes: [...visible].sort(), unit: null, structure }
  }
  const communes = units.communesOf(request.unit, structure)
  if (!communes) throw unitUnknown(request.unit, structure)
  if (visible !== 'all' && !communes.every((code) => visible.has(code))) throw outsideJurisdiction()
  const wholeProvince = units.provinceCodes.length === 1 && units.provinceCodes[0] === request.unit
  return {
    communes: wholeProvince ? null : communes,
    unit: units.describe(request.unit) ?? null,
    structure,
  }
}

/**
 * Whether the caller sees small counts of ethnicity and religion over the area: only with the
 * sensitive permission over every commune of it (roles.ts says who has the need).
 */
export function readsSensitive(principal: Principal, units: UnitDirectory, area: AreaFilter) {
  const granted = visibleCommunes(principal, units, SENSITIVE)
  if (granted === 'all') return true
  return area.communes !== null && area.communes.every((code) => granted.has(code))
}
