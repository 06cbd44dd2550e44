import { existsSync, readFileSync } from 'node:fs'

/**
 * Areas and outlines for density and maps. The province's area is official (data/, Resolution
 * 202/2025/QH15); the former districts' are computed from the simplified boundary files in data/
 * (not official).
 * No boundary exists for the 95 current communes: their density is not given.
 */
const PROJECT_DATA = new URL('../../../data/', import.meta.url)

export const LAYERS = {
  province: 'dong-nai-2025-province.geojson',
  'former-districts': 'dong-nai-2025-former-districts.geojson',
} as const
export type Layer = keyof typeof LAYERS

export interface UnitArea {
  code: string
  level: 'province' | 'district'
  areaKm2: number
  source: string
}

interface FeatureCollection {
  type: 'FeatureCollection'
  features: {
    type: 'Feature'
    properties: Record<string, string | number | boolean | null>
    geometry: unknown
  }[]
}

/** The GeoJSON of a layer, or undefined when this server has no such file. */
export function boundaryLayer(layer: Layer): FeatureCollection | undefined {
  const file = new URL(LAYERS[layer], PROJECT_DATA)
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection)
    : undefined
}

export function unitAreas(): UnitArea[] {
  const population = JSON.parse(
    readFileSync(new URL('dong-nai-population.json', PROJECT_DATA), 'utf8'),
  ) as { newProvince: { code: string; areaKm2: number; source: string } }
  const areas: UnitArea[] = [
    {
      code: population.newProvince.code,
      level: 'province',
      areaKm2: population.newProvince.areaKm2,
      source: population.newProvince.source,
    },
  ]
  for (const feature of boundaryLayer('former-districts')?.features ?? []) {
    const { district_code: code, area_km2_computed: area } = feature.properties
    if (typeof code === 'string' && typeof area === 'number')
      areas.push({
        code,
        level: 'district',
        areaKm2: area,
        source: 'computed from dong-nai-2025-former-districts.geojson (not official)',
      })
  }
  return areas
}
