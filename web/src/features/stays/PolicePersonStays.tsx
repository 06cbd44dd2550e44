import { Button, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import type { StayDeclarationPage } from '../../api/types'
import { useI18n } from '../../i18n/i18n'
import { DeclarationList } from './DeclarationCard'
import { usePages } from './usePages'
import { staysMessages } from './messages'
import { Field } from './ui'

/** Provincial police: where one person has stayed across the province, each read audited. */
export function PolicePersonStays({ purpose }: { purpose: string }) {
  const { t } = useI18n(staysMessages)
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<string>()
  const [searched, setSearched] = useState<string | null>(null)
  const list = usePages<StayDeclarationPage>(
    searched ? `/api/v1/stays/police/people/${searched}/stays?purpose=${purpose}&limit=50` : null,
  )
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const number = typed.replace(/\s/g, '')
    if (!/^\d{12}$/.test(number)) {
      setError(t('signUp.numberInvalid'))
      document.getElementById('person-number')?.focus()
      return
    }
    setError(undefined)
    setSearched(number)
  }
  return (
    <Stack gap="md">
      <Paper component="form" withBorder p="md" onSubmit={submit} noValidate className="panel">
        <Stack gap="sm">
          <Text size="sm">{t('police.personIntro')}</Text>
          <Field
            id="person-number"
            label={t('field.personalNumber')}
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            error={error}
            onChange={(e) => {
              setTyped(e.target.value)
            }}
          />
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            {t('officer.search')}
          </Button>
        </Stack>
      </Paper>
      {searched ? (
        <DeclarationList
          list={list}
          label={t('police.view.person')}
          emptyText={t('police.personNone')}
          placeLabel={t('stays.place.any')}
          showPlace
        />
      ) : null}
    </Stack>
  )
}
