/** What a placeholder with no value shows: the dots of a form left to be filled. */
export const MISSING_FIELD = '…'

const PLACEHOLDER = /\{\{\s*([\p{L}\p{N}_.-]+)\s*\}\}/gu

/**
 * A result template's text with its {{field}} placeholders filled from `fields`. A field that
 * is missing or blank shows as "…" (the document is still issued, with the gap visible), and
 * only the fields' own keys count: {{constructor}} is missing, not a function's source.
 */
export function fillTemplate(text: string, fields: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, key: string) => {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined
    return typeof value === 'string' && value.trim() !== '' ? value : MISSING_FIELD
  })
}
