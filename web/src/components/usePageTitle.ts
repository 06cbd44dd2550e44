import { useEffect } from 'react'

/** The tab's title names the page, so the page is known from the title alone (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Công Dân Số`
  }, [title])
}
