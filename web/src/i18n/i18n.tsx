import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { formatNumber } from './format'
import { MESSAGES, type Language, type MessageKey } from './messages'

const STORAGE_KEY = 'cds.language'

export interface I18n {
  language: Language
  setLanguage: (language: Language) => void
  /** The message in the current language, `{name}` placeholders filled from params. */
  t: (key: MessageKey, params?: Record<string, string | number>) => string
  number: (value: number) => string
}

const I18nContext = createContext<I18n | null>(null)

/** The language chosen before, else Vietnamese: the platform's first language. */
export function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi'
  } catch {
    return 'vi'
  }
}

/** Sets `<html lang>` so that screen readers pronounce the page right (WCAG 3.1.1). */
export function applyLanguage(language: Language): void {
  document.documentElement.lang = language
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage)

  useEffect(() => {
    applyLanguage(language)
    try {
      localStorage.setItem(STORAGE_KEY, language)
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, [language])

  const setLanguage = useCallback((next: Language) => {
    applyLanguage(next)
    setLanguageState(next)
  }, [])

  const value = useMemo<I18n>(() => {
    const messages = MESSAGES[language]
    return {
      language,
      setLanguage,
      t: (key, params) => {
        const text = messages[key]
        return params
          ? text.replace(/\{(\w+)\}/g, (whole, name: string) =>
              name in params ? String(params[name]) : whole,
            )
          : text
      },
      number: (value) => formatNumber(language, value),
    }
  }, [language, setLanguage])

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}

export function useI18n(): I18n {
  const context = useContext(I18nContext)
  if (!context) throw new Error('useI18n outside I18nProvider')
  return context
}
