import { NativeSelect, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core'
import type { ComponentProps, ReactNode, SubmitEventHandler } from 'react'

type InputProps = Omit<ComponentProps<typeof TextInput>, 'label' | 'description' | 'error'>

/**
 * A labelled Mantine text input; its hint (description) and error are tied to it for screen
 * readers, and its name is its id, as the stays forms have always sent them.
 */
export function Field({
  id,
  label,
  hint,
  error,
  ...input
}: InputProps & {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
}) {
  return <TextInput id={id} name={id} label={label} description={hint} error={error} {...input} />
}

type SelectProps = Omit<ComponentProps<typeof NativeSelect>, 'label' | 'description' | 'error'>

/** A labelled native select (Mantine's): a phone's own picker, and one tests can choose in. */
export function SelectField({
  id,
  label,
  hint,
  error,
  ...select
}: SelectProps & {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
}) {
  return (
    <NativeSelect id={id} name={id} label={label} description={hint} error={error} {...select} />
  )
}

type AreaProps = Omit<ComponentProps<typeof Textarea>, 'label' | 'description' | 'error'>

/** A labelled multi-line field (Mantine's Textarea), its hint and error tied to it as Field does. */
export function AreaField({
  id,
  label,
  hint,
  error,
  ...area
}: AreaProps & {
  id: string
  label: string
  hint?: string | undefined
  error?: string | undefined
}) {
  return <Textarea id={id} name={id} label={label} description={hint} error={error} {...area} />
}

/** A form on a panel of its own, named by its heading (`id` is the heading's). */
export function FormPanel({
  id,
  title,
  onSubmit,
  children,
}: {
  id: string
  title: ReactNode
  onSubmit: SubmitEventHandler
  children: ReactNode
}) {
  return (
    <Paper component="form" withBorder p="md" onSubmit={onSubmit} noValidate aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  )
}
