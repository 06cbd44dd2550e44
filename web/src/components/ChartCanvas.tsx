import { useEffect, useImperativeHandle, useRef } from 'react'
import type { Ref } from 'react'
import { BarChart, LineChart, MapChart, PieChart } from 'echarts/charts'
import type {
  BarSeriesOption,
  LineSeriesOption,
  MapSeriesOption,
  PieSeriesOption,
} from 'echarts/charts'
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
} from 'echarts/components'
import type {
  AriaComponentOption,
  DatasetComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import { init, registerMap, use as installModules } from 'echarts/core'
import type { ComposeOption, ECharts } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { CHART_FONT } from './ChartOption'

// Only what the dashboards draw, so that the chunk stays small; this module is loaded with the
// dashboard pages only, never with the citizen's pages.
installModules([
  BarChart,
  LineChart,
  PieChart,
  MapChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapPiecewiseComponent,
  CanvasRenderer,
])

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | MapSeriesOption
  | AriaComponentOption
  | DatasetComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>

/** Makes a GeoJSON layer drawable by `map` series under that name. */
export function registerGeoJson(name: string, geoJson: object): void {
  registerMap(name, geoJson as Parameters<typeof registerMap>[1])
}

export interface ChartCanvasHandle {
  /** The picture as PNG (a data URL), with a heading band of its own: it travels without the page. */
  toPng(heading: string[]): string
}

const PIXEL_RATIO = 2
const LINE_HEIGHT = 22

/** The chart's canvas drawn under lines of text, on white. */
function withHeading(chart: HTMLCanvasElement, heading: string[]): HTMLCanvasElement {
  const band = (heading.length * LINE_HEIGHT + 12) * PIXEL_RATIO
  const canvas = document.createElement('canvas')
  canvas.width = chart.width
  canvas.height = chart.height + band
  const context = canvas.getContext('2d')
  if (!context) return chart
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.fillStyle = '#1a1a1a'
  context.textBaseline = 'top'
  heading.forEach((line, i) => {
    context.font = `${i === 0 ? '600 ' : ''}${String(15 * PIXEL_RATIO)}px ${CHART_FONT}`
    context.fillText(line, 8 * PIXEL_RATIO, (6 + i * LINE_HEIGHT) * PIXEL_RATIO, canvas.width)
  })
  context.drawImage(chart, 0, band)
  return canvas
}

/**
 * An ECharts chart filling its box, redrawn when the option changes and resized with the box.
 * The picture is an image for assistive technology (`label`); the figures themselves are in a
 * table beside it, which the caller gives.
 */
export function ChartCanvas({
  option,
  label,
  height,
  onWidth,
  ref,
}: {
  option: ChartOption
  label: string
  height: number
  /** Told the box's width whenever it changes, for options that depend on it. */
  onWidth?: (width: number) => void
  ref?: Ref<ChartCanvasHandle>
}) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<ECharts | null>(null)
  const widthListener = useRef(onWidth)
  useEffect(() => {
    widthListener.current = onWidth
  }, [onWidth])

  useEffect(() => {
    const element = box.current
    if (!element) return
    const instance = init(element, null, { renderer: 'canvas' })
    chart.current = instance
    const observer = new ResizeObserver(([entry]) => {
      instance.resize()
      if (entry) widthListener.current?.(Math.round(entry.contentRect.width))
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      instance.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true })
  }, [option])

  useImperativeHandle(
    ref,
    () => ({
      toPng: (heading) => {
        const instance = chart.current
        if (!instance) return ''
        const rendered = instance.renderToCanvas({
          pixelRatio: PIXEL_RATIO,
          backgroundColor: '#ffffff',
        })
        return withHeading(rendered, heading).toDataURL('image/png')
      },
    }),
    [],
  )

  return (
    <div
      ref={box}
      className="chart-canvas"
      role="img"
      aria-label={label}
      style={{ height: `${String(height)}px` }}
    />
  )
}
