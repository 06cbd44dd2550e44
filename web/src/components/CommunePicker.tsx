import { useState } from 'react'
import { NativeSelect, Stack, TextInput } from '@mantine/core'
import { platformQuery } from '../api/client'
import { PROVINCE_CODE } from '../features/dashboards/filters'
import { useI18n } from '../i18n/i18n'
import { ErrorMessage } from './Status'
import { useLoaded } from './useApi'

/** Lower case without diacritics, so "bien hoa" finds "Phường Biên Hòa" (đ does not decompose). */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/**
 * The communes of the province in force today, chosen by name: a search that ignores diacritics
 * narrows the list, the list gives the code. People know their commune's name, not its code.
 */
export function CommunePicker({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string
  label: string
  value: string
  onChange: (code: string) => void
  error?: string | undefined
}) {
  const { t } = useI18n()
  const [query, setQuery] = useState('')
  const { state, reload } = useLoaded(
    platformQuery.useQuery('get', '/api/v1/population/units', {
      params: { query: { parent: PROVINCE_CODE } },
    }),
  )
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={reload} />
  const communes = state.status === 'ok' ? state.data.units : []
  const wanted = folded(query.trim())
  const shown = communes
    .filter((u) => u.code === value || folded(u.name).includes(wanted))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  // Mantine's inputs; the list stays a native select, which phones show as their own picker and
  // which assistive technology and the browser tests operate as one.
  return (
    <Stack gap="sm">
      <TextInput
        id={`${id}-search`}
        type="search"
        label={t('communePicker.search')}
        description={t('communePicker.searchHint')}
        value={query}
        autoComplete="off"
        aria-controls={id}
        onChange={(e) => {
          setQuery(e.currentTarget.value)
        }}
      />
      <NativeSelect
        id={id}
        label={label}
        error={error}
        inputWrapperOrder={['label', 'description', 'error', 'input']}
        value={value}
        onChange={(e) => {
          onChange(e.currentTarget.value)
        }}
      >
        <option value="">
          {state.status === 'loading'
            ? t('common.loading')
            : t('communePicker.choose', { count: shown.length })}
        </option>
        {shown.map((u) => (
          <option key={u.code} value={u.code}>
            {u.name}
          </option>
        ))}
      </NativeSelect>
    </Stack>
  )
}
