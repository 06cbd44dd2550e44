import {
  colorsTuple,
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core'

// The platform's blue (#0b4f8a, index 7) in Mantine's ten shades, light to dark.
const blue: MantineColorsTuple = [
  '#e8f1fa',
  '#cfe0f1',
  '#9ebfe3',
  '#6a9cd5',
  '#3f7fc9',
  '#236cc2',
  '#1460b0',
  '#0b4f8a',
  '#06406f',
  '#003055',
]

/** A default palette whose darkest shade is replaced. */
const darkest = (palette: MantineColorsTuple, shade9: string): MantineColorsTuple =>
  colorsTuple([...palette.slice(0, 9), shade9])

// Light badges and alerts write in shade 9 on shade 1; Mantine's own shade 9 of these colours
// falls below WCAG AA there (green 3.8:1, orange 3.6:1, yellow 2.7:1). These reach 5.7:1 or more
// on shade 1, on white and on the page's wash, so no page needs its own darker text.
const readable = {
  red: darkest(DEFAULT_THEME.colors.red, '#a4161a'),
  green: darkest(DEFAULT_THEME.colors.green, '#1d6b34'),
  teal: darkest(DEFAULT_THEME.colors.teal, '#0b6458'),
  lime: darkest(DEFAULT_THEME.colors.lime, '#3f6212'),
  yellow: darkest(DEFAULT_THEME.colors.yellow, '#7a4a00'),
  orange: darkest(DEFAULT_THEME.colors.orange, '#9a3a06'),
}

export const theme = createTheme({
  fontFamily: "'Be Vietnam Pro', system-ui, 'Segoe UI', Roboto, sans-serif",
  headings: { fontFamily: "'Be Vietnam Pro', system-ui, 'Segoe UI', Roboto, sans-serif" },
  colors: { brand: blue, ...readable },
  primaryColor: 'brand',
  primaryShade: 7,
  defaultRadius: 'sm',
})

/**
 * Dimmed text (hints, input descriptions, `c="dimmed"`) and error text in colours that keep
 * 4.5:1 on the page's wash, where Mantine's gray 6 (3:1) and red 6 (3.3:1) do not.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
})
