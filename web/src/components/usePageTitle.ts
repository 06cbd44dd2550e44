import { useEffect } from 'react'

const BRAND = 'Công Dân Số'

/**
 * The tab's title names the page, so the page is known from the title alone (WCAG 2.4.2); the
 * home page, whose title is the platform's name, does not say it twice.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title === BRAND ? BRAND : `${title} · ${BRAND}`
  }, [title])
}
