import { DataList, createTheme, type MantineColorsTuple } from '@mantine/core'

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

export const theme = createTheme({
  fontFamily: "'Be Vietnam Pro', system-ui, 'Segoe UI', Roboto, sans-serif",
  headings: { fontFamily: "'Be Vietnam Pro', system-ui, 'Segoe UI', Roboto, sans-serif" },
  colors: { brand: blue },
  primaryColor: 'brand',
  primaryShade: 7,
  defaultRadius: 'sm',
  components: {
    // Mantine's dimmed grey fails WCAG AA contrast for small text on white.
    DataList: DataList.extend({
      styles: { itemLabel: { color: 'var(--mantine-color-gray-7)' } },
    }),
  },
})
