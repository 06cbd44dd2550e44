import jsQR from 'jsqr'
import { useEffect, useRef, useState } from 'react'
import type { ChangeEvent } from 'react'
import { useI18n } from '../i18n/i18n'
import { classifyScan, type Scanned } from './scanned'

/** Frames are read this often and at most this wide: enough for a phone held up to a kiosk. */
const SCAN_EVERY_MS = 200
const MAX_WIDTH = 640
/** A hardware scanner types faster than any person: keys closer than this belong to one scan. */
const SCANNER_KEY_GAP_MS = 60
/** An MRZ reader ends each of the passport's two lines with Enter: this long for the second. */
const MRZ_LINE_WAIT_MS = 300
const MRZ_FIRST_LINE = /^P[A-Z0-9<]{43}$/

function decode(
  source: CanvasImageSource,
  width: number,
  height: number,
  canvas: HTMLCanvasElement,
): string | null {
  const scale = Math.min(1, MAX_WIDTH / width)
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const context = canvas.getContext('2d', { willReadFrequently: true })
  if (!context) return null
  context.drawImage(source, 0, 0, canvas.width, canvas.height)
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
  return (
    jsQR(pixels.data, canvas.width, canvas.height, { inversionAttempts: 'dontInvert' })?.data ??
    null
  )
}

export type CameraState = 'starting' | 'on' | 'unavailable'

/**
 * Reads codes three ways: the camera (getUserMedia, decoded with jsQR in the page), an uploaded
 * picture, and a hardware scanner that types the text followed by Enter (an MRZ reader: two
 * lines). Each is reported already recognised (scanned.ts): the identity token, a chip card's QR,
 * a passport MRZ, or why it was refused. `paused` stops reporting (the camera keeps running, so
 * resuming is instant).
 */
export function QrScanner({
  onScan,
  paused = false,
  facingMode = 'user',
}: {
  /** `text` is what was read, as read: what a document's own parser on the platform takes. */
  onScan: (scanned: Scanned, text: string) => void
  paused?: boolean
  facingMode?: 'user' | 'environment'
}) {
  const { t } = useI18n()
  const video = useRef<HTMLVideoElement>(null)
  const canvas = useRef<HTMLCanvasElement | null>(null)
  const onScanned = useRef(onScan)
  const isPaused = useRef(paused)
  const [camera, setCamera] = useState<CameraState>('starting')
  const [uploadFailed, setUploadFailed] = useState(false)

  useEffect(() => {
    onScanned.current = onScan
    isPaused.current = paused
  }, [onScan, paused])
  const report = useRef((text: string) => {
    onScanned.current(classifyScan(text), text)
  })

  useEffect(() => {
    canvas.current ??= document.createElement('canvas')
    let stream: MediaStream | null = null
    let timer = 0
    let stopped = false
    const scan = () => {
      const v = video.current
      if (!stopped && v && canvas.current && v.readyState >= 2 && !isPaused.current) {
        const text = decode(v, v.videoWidth, v.videoHeight, canvas.current)
        if (text) report.current(text)
      }
      timer = window.setTimeout(scan, SCAN_EVERY_MS)
    }
    const start = async () => {
      if (!('mediaDevices' in navigator)) throw new Error('no camera API')
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode }, audio: false })
      if (stopped || !video.current) return
      video.current.srcObject = stream
      await video.current.play()
      setCamera('on')
      scan()
    }
    start().catch(() => {
      if (!stopped) setCamera('unavailable')
    })
    return () => {
      stopped = true
      window.clearTimeout(timer)
      for (const track of stream?.getTracks() ?? []) track.stop()
    }
  }, [facingMode])

  // A scanner acting as a keyboard: fast keys then Enter. Ignored while typing in a field.
  useEffect(() => {
    let buffer = ''
    let last = 0
    let flush = 0
    const send = () => {
      if (buffer.trim().length > 8 && !isPaused.current) report.current(buffer)
      buffer = ''
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)
        return
      const now = event.timeStamp
      const awaitingLine = buffer.endsWith('\n')
      if (now - last > (awaitingLine ? MRZ_LINE_WAIT_MS : SCANNER_KEY_GAP_MS)) buffer = ''
      last = now
      window.clearTimeout(flush)
      if (event.key === 'Enter') {
        if (MRZ_FIRST_LINE.test(buffer)) {
          // The first line of a passport's MRZ: the second follows, unless the reader stops here.
          buffer += '\n'
          flush = window.setTimeout(send, MRZ_LINE_WAIT_MS)
        } else send()
      } else if (event.key.length === 1) buffer += event.key
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.clearTimeout(flush)
      window.removeEventListener('keydown', onKey)
    }
  }, [])

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setUploadFailed(false)
    try {
      const bitmap = await createImageBitmap(file)
      canvas.current ??= document.createElement('canvas')
      const text = decode(bitmap, bitmap.width, bitmap.height, canvas.current)
      bitmap.close()
      if (text) report.current(text)
      else setUploadFailed(true)
    } catch {
      setUploadFailed(true)
    }
  }

  return (
    <div className="scanner">
      <video
        ref={video}
        className="scanner-video"
        muted
        playsInline
        aria-hidden="true"
        hidden={camera !== 'on'}
      />
      {camera === 'starting' ? <p role="status">{t('scanner.starting')}</p> : null}
      {camera === 'unavailable' ? (
        <p className="alert alert-warning">{t('scanner.noCamera')}</p>
      ) : null}
      <label className="button button-secondary scanner-upload">
        {t('scanner.upload')}
        <input
          type="file"
          accept="image/*"
          className="visually-hidden"
          onChange={(event) => {
            void upload(event)
          }}
        />
      </label>
      {uploadFailed ? (
        <p className="alert alert-error" role="alert">
          {t('scanner.uploadFailed')}
        </p>
      ) : null}
    </div>
  )
}
