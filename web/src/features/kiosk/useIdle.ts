import { useEffect, useState } from 'react'

/**
 * Milliseconds left before `limitMs` without a touch, click or key, counted while `active`; the
 * clock starts again when it becomes active and at every touch.
 */
export function useIdleLeft(active: boolean, limitMs: number): number {
  const [lastTouch, setLastTouch] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    const touch = () => {
      setLastTouch(Date.now())
    }
    touch()
    setNow(Date.now())
    const tick = window.setInterval(() => {
      setNow(Date.now())
    }, 1000)
    window.addEventListener('pointerdown', touch)
    window.addEventListener('keydown', touch)
    return () => {
      window.clearInterval(tick)
      window.removeEventListener('pointerdown', touch)
      window.removeEventListener('keydown', touch)
    }
  }, [active])
  return limitMs - (now - lastTouch)
}
