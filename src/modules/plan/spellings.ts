/**
 * Reads the agencies out of a lead or coordinating cell of the plan ("Sở TTTT, CAT", "Sở VH,
 * TT&DL", "Cục CS QLHC về TTXH,"). Cells are scanned left to right taking the longest known
 * spelling at each place, because a spelling may itself hold a comma ("Sở VH, TT&DL") and a
 * short one may begin a longer one ("Sở" and "Sở TTTT").
 */
export interface SpellingMatch {
  codes: string[]
  /** Parts of the cell that no known spelling covers. */
  unmatched: string[]
}

const SEPARATORS = /[\s,;]/

function atBoundary(text: string, end: number): boolean {
  const rest = text.slice(end).trimStart()
  return rest === '' || rest.startsWith(',') || rest.startsWith(';')
}

export function matchAgencies(text: string, spellings: Record<string, string[]>): SpellingMatch {
  const known = Object.keys(spellings).sort((a, b) => b.length - a.length)
  const codes: string[] = []
  const unmatched: string[] = []
  let at = 0
  while (at < text.length) {
    if (SEPARATORS.test(text[at]!)) {
      at++
      continue
    }
    const spelling = known.find((s) => text.startsWith(s, at) && atBoundary(text, at + s.length))
    if (spelling) {
      for (const code of spellings[spelling]!) if (!codes.includes(code)) codes.push(code)
      at += spelling.length
      continue
    }
    const next = text.slice(at).search(/[,;]/)
    const end = next < 0 ? text.length : at + next
    unmatched.push(text.slice(at, end).trim())
    at = end
  }
  return { codes, unmatched }
}
