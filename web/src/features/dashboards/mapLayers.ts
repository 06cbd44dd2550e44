import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import type { AnalyticsMapLayer } from '../../api/types'

export type Layer = 'province' | 'former-districts'

// A layer does not change while the page is open: fetched once, shared by the map and the filter.
const layers = new Map<Layer, Promise<AnalyticsMapLayer>>()

function loadLayer(layer: Layer): Promise<AnalyticsMapLayer> {
  let pending = layers.get(layer)
  if (!pending) {
    pending = api<AnalyticsMapLayer>(`/api/v1/analytics/maps/${layer}`)
    pending.catch(() => layers.delete(layer))
    layers.set(layer, pending)
  }
  return pending
}

export type LayerState =
  | { status: 'loading' }
  | { status: 'ok'; layer: AnalyticsMapLayer }
  | { status: 'error'; error: unknown }

/** A boundary layer (GeoJSON) of the analytics API; null asks for nothing. */
export function useMapLayer(layer: Layer | null): LayerState {
  const [state, setState] = useState<{ layer: Layer | null; state: LayerState }>({
    layer: null,
    state: { status: 'loading' },
  })
  useEffect(() => {
    if (!layer) return
    let live = true
    loadLayer(layer).then(
      (loaded) => {
        if (live) setState({ layer, state: { status: 'ok', layer: loaded } })
      },
      (error: unknown) => {
        if (live) setState({ layer, state: { status: 'error', error } })
      },
    )
    return () => {
      live = false
    }
  }, [layer])
  return state.layer === layer ? state.state : { status: 'loading' }
}

/** The former districts a layer names, by code, for the 2024 structure's filter and map. */
export function districtsOf(layer: AnalyticsMapLayer): { code: string; name: string }[] {
  return layer.features.flatMap(({ properties: p }) =>
    typeof p.district_code === 'string' && typeof p.district_name === 'string'
      ? [{ code: p.district_code, name: p.district_name }]
      : [],
  )
}
