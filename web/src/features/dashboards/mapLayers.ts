import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'
import type { AnalyticsMapLayer } from '../../api/types'

export type Layer = 'province' | 'former-districts'

export type LayerState =
  | { status: 'loading' }
  | { status: 'ok'; layer: AnalyticsMapLayer }
  | { status: 'error'; error: unknown }

/**
 * A boundary layer (GeoJSON) of the analytics API; null asks for nothing. A layer does not change
 * while the page is open: fetched once, shared by the map and the filter through the query cache.
 */
export function useMapLayer(layer: Layer | null): LayerState {
  const query = useQuery({
    queryKey: ['analytics', 'map-layer', layer],
    queryFn: ({ signal }) => api<AnalyticsMapLayer>(`/api/v1/analytics/maps/${layer!}`, { signal }),
    enabled: layer !== null,
    staleTime: Infinity,
    gcTime: Infinity,
  })
  if (layer === null) return { status: 'loading' }
  if (query.data) return { status: 'ok', layer: query.data }
  if (query.isError) return { status: 'error', error: query.error }
  return { status: 'loading' }
}

/** The former districts a layer names, by code, for the 2024 structure's filter and map. */
export function districtsOf(layer: AnalyticsMapLayer): { code: string; name: string }[] {
  return layer.features.flatMap(({ properties: p }) =>
    typeof p.district_code === 'string' && typeof p.district_name === 'string'
      ? [{ code: p.district_code, name: p.district_name }]
      : [],
  )
}
