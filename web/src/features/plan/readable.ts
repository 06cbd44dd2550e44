/**
 * Hints and errors under a field in colours that keep 4.5:1 on white and on the wash (Mantine's
 * dimmed grey and red 6 do not), spread on each Mantine input of the plan's forms.
 */
export const readable = {
  descriptionProps: { c: 'gray.8' },
  errorProps: { c: 'red.9' },
} as const
