import i18next from 'i18next'
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next'
import { useMemo } from 'react'
import type { ReactNode } from 'react'
import { formatNumber } from './format'
import { MESSAGES, type Language, type MessageKey } from './messages'

const STORAGE_KEY = 'cds.language'
/** The shell's messages (navigation, errors, fields, roles); each feature adds a namespace. */
const COMMON = 'common'

export interface I18n<K extends string = MessageKey> {
  language: Language
  setLanguage: (language: Language) => void
  /** The message in the current language, `{name}` placeholders filled from params. */
  t: (key: K | MessageKey, params?: Record<string, string | number>) => string
  number: (value: number) => string
}

/** A feature's messages: one i18next namespace, Vietnamese first, every key in English too. */
export interface Messages<K extends string> {
  namespace: string
  vi: Record<K, string>
  en: Record<K, string>
}

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

void i18next.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'vi',
  resources: { vi: { [COMMON]: MESSAGES.vi }, en: { [COMMON]: MESSAGES.en } },
  ns: [COMMON],
  defaultNS: COMMON,
  // A feature's lookups fall back to the shell's messages.
  fallbackNS: COMMON,
  // Keys are flat strings such as 'stays.title'; placeholders are written `{name}`.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  initAsync: false,
  react: { useSuspense: false },
})

/**
 * Registers a feature's namespace when its code loads, so that officer and dashboard messages
 * travel in their own lazy chunks, not in the citizen's first load.
 */
export function defineMessages<K extends string>(
  namespace: string,
  vi: Record<K, string>,
  en: NoInfer<Record<K, string>>,
): Messages<K> {
  i18next.addResourceBundle('vi', namespace, vi, true, true)
  i18next.addResourceBundle('en', namespace, en, true, true)
  return { namespace, vi, en }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18next}>{children}</I18nextProvider>
}

const setLanguage = (next: Language): void => {
  applyLanguage(next)
  try {
    localStorage.setItem(STORAGE_KEY, next)
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
  void i18next.changeLanguage(next)
}

/** The shell's messages, or a feature's (`useI18n(staysMessages)`) with the shell's behind them. */
export function useI18n<K extends string = MessageKey>(messages?: Messages<K>): I18n<K> {
  const { t, i18n } = useTranslation(messages?.namespace ?? COMMON)
  const language: Language = i18n.language === 'en' ? 'en' : 'vi'
  // Stable while the language stays, so that effects depending on `t` do not run again.
  return useMemo(
    () => ({
      language,
      setLanguage,
      t: (key, params) => t(key, params ?? {}),
      number: (value) => formatNumber(language, value),
    }),
    [language, t],
  )
}
