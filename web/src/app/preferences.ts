import { useSyncExternalStore } from 'react'

const FIRST_DAY_KEY = 'cds.firstDayOfWeek'
const CHANGED = 'cds:preferences'

export type FirstDayOfWeek = 0 | 1

/** The calendars' first day of the week: Monday (Vietnam's custom) unless the person chose Sunday. */
export function firstDayOfWeek(): FirstDayOfWeek {
  try {
    return localStorage.getItem(FIRST_DAY_KEY) === '0' ? 0 : 1
  } catch {
    return 1
  }
}

export function setFirstDayOfWeek(day: FirstDayOfWeek): void {
  try {
    localStorage.setItem(FIRST_DAY_KEY, String(day))
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  window.dispatchEvent(new Event(CHANGED))
}

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener(CHANGED, onChange)
  return () => {
    window.removeEventListener(CHANGED, onChange)
  }
}

export const useFirstDayOfWeek = (): FirstDayOfWeek =>
  useSyncExternalStore(subscribe, firstDayOfWeek)
