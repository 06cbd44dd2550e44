import { Button, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useT } from './useKioskI18n'

/** Each key is at least this tall and wide: a finger's target on a touch screen (≥ 64 px). */
const KEY_SIZE = '4.5rem'
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const
const CODE_LENGTH = 6

/**
 * The six digits of the code sent to the phone: typed on the large on-screen keypad, or on a
 * keyboard into the field (which keeps only digits). The keypad's keys never take the focus away
 * from the field, so both can be used in turn.
 */
export function CodeKeypad({
  value,
  onChange,
  onSubmit,
  disabled,
}: {
  value: string
  onChange: (next: string) => void
  onSubmit: () => void
  disabled: boolean
}) {
  const t = useT()
  const field = useRef<HTMLInputElement>(null)
  const press = (digit: string) => {
    if (value.length < CODE_LENGTH) onChange(value + digit)
  }
  // A keyboard works without first touching the field: digits, Backspace and Enter typed anywhere
  // on the page go to the code (the field handles its own keys when it has the focus).
  const latest = useRef({ value, onChange, onSubmit, disabled })
  useEffect(() => {
    latest.current = { value, onChange, onSubmit, disabled }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const now = latest.current
      if (now.disabled || event.target === field.current || event.ctrlKey || event.altKey) return
      if (/^[0-9]$/.test(event.key) && now.value.length < CODE_LENGTH)
        now.onChange(now.value + event.key)
      else if (event.key === 'Backspace') now.onChange(now.value.slice(0, -1))
      else if (event.key === 'Enter' && now.value.length === CODE_LENGTH) now.onSubmit()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  const key = (label: string, action: () => void, extra: { 'aria-label'?: string } = {}) => (
    <Button
      key={label}
      type="button"
      size="xl"
      h={KEY_SIZE}
      miw={KEY_SIZE}
      fz="2rem"
      variant="default"
      disabled={disabled}
      onMouseDown={(event) => {
        event.preventDefault()
      }}
      onClick={action}
      {...extra}
    >
      {label}
    </Button>
  )
  return (
    <Stack
      component="form"
      gap="md"
      maw="24rem"
      mx="auto"
      w="100%"
      onSubmit={(event) => {
        event.preventDefault()
        if (value.length === CODE_LENGTH) onSubmit()
      }}
    >
      <TextInput
        ref={field}
        label={t('kiosk.codeLabel')}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value.replace(/\D/g, '').slice(0, CODE_LENGTH))
        }}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={CODE_LENGTH}
        size="xl"
        disabled={disabled}
        styles={{
          input: {
            fontSize: '2.5rem',
            letterSpacing: '0.5em',
            textAlign: 'center',
            height: '5rem',
          },
          label: { fontSize: '1.5rem' },
        }}
      />
      <SimpleGrid cols={3} spacing="sm">
        {DIGITS.map((digit) =>
          key(digit, () => {
            press(digit)
          }),
        )}
        {key(
          '⌫',
          () => {
            onChange(value.slice(0, -1))
          },
          { 'aria-label': t('kiosk.deleteDigit') },
        )}
        {key('0', () => {
          press('0')
        })}
        {key(
          '✕',
          () => {
            onChange('')
          },
          { 'aria-label': t('kiosk.clearCode') },
        )}
      </SimpleGrid>
      <Button
        type="submit"
        size="xl"
        h={KEY_SIZE}
        disabled={disabled || value.length < CODE_LENGTH}
      >
        {t('kiosk.confirmCode')}
      </Button>
    </Stack>
  )
}
