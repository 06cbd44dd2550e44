import { create } from 'qrcode'
import { useMemo } from 'react'

const QUIET_ZONE = 4

/**
 * A QR code as one SVG path: black modules on white with the quiet zone the standard asks for,
 * sharp at any size, as wide as its box (`data-qr` marks it for the browser tests). Error
 * correction M: the identity token is long, and a phone screen is clean.
 */
export function QrCode({
  text,
  label,
  errorCorrectionLevel = 'M',
}: {
  text: string
  label: string
  /** L for long texts shown on a screen (a credential presentation): fewer, larger modules. */
  errorCorrectionLevel?: 'L' | 'M'
}) {
  const { size, path } = useMemo(() => {
    const { modules } = create(text, { errorCorrectionLevel })
    const parts: string[] = []
    for (let row = 0; row < modules.size; row++) {
      for (let col = 0; col < modules.size; col++) {
        if (modules.get(row, col))
          parts.push(`M${String(col + QUIET_ZONE)} ${String(row + QUIET_ZONE)}h1v1h-1z`)
      }
    }
    return { size: modules.size + QUIET_ZONE * 2, path: parts.join('') }
  }, [text, errorCorrectionLevel])
  return (
    <svg
      data-qr
      style={{ display: 'block', width: '100%', height: 'auto' }}
      viewBox={`0 0 ${String(size)} ${String(size)}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
