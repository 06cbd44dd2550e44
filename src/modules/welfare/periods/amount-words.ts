const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const
const GROUPS = ['', 'nghìn', 'triệu'] as const

const digit = (n: number): string => DIGITS[n]!

/** A group of three digits (0–999); `full` writes "không trăm" and "linh" inside a larger number. */
function group(n: number, full: boolean): string[] {
  const [hundreds, tens, units] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10]
  const words: string[] = []
  if (hundreds > 0 || full) words.push(digit(hundreds), 'trăm')
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh')
    if (units > 0) words.push(digit(units))
    return words
  }
  words.push(...(tens === 1 ? ['mười'] : [digit(tens), 'mươi']))
  if (units === 1 && tens > 1) words.push('mốt')
  else if (units === 5) words.push('lăm')
  else if (units > 0) words.push(digit(units))
  return words
}

/** Below a billion (tỷ): groups of thousands and millions. */
function belowBillion(n: number, full: boolean): string[] {
  const groups = [n % 1000, Math.floor(n / 1000) % 1000, Math.floor(n / 1_000_000)]
  let top = groups.length - 1
  while (top > 0 && groups[top] === 0) top--
  const words: string[] = []
  for (let i = top; i >= 0; i--) {
    const g = groups[i]!
    if (g === 0) continue
    words.push(...group(g, full || i < top))
    if (i > 0) words.push(GROUPS[i]!)
  }
  return words
}

function spelled(n: number, full: boolean): string[] {
  if (n < 1_000_000_000) return belowBillion(n, full)
  const billions = Math.floor(n / 1_000_000_000)
  const rest = n % 1_000_000_000
  return [...spelled(billions, full), 'tỷ', ...(rest > 0 ? belowBillion(rest, true) : [])]
}

/**
 * An amount of money in Vietnamese words, as a payment order writes it beside the figures
 * (1.500.000 → "Một triệu năm trăm nghìn đồng"): whole đồng, 0 to 999 nghìn tỷ.
 * @throws RangeError for a negative, fractional or larger amount
 */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0 || amount >= 1e15)
    throw new RangeError(`not a whole amount of đồng: ${amount}`)
  const words = amount === 0 ? ['không'] : spelled(amount, false)
  const text = [...words, 'đồng'].join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** An amount in figures as Vietnamese write them: 1.500.000. */
export const amountInFigures = (amount: number): string =>
  String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
