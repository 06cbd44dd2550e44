import { useState } from 'react'
import type { SubmitEvent } from 'react'
import type { StayDeclarationPage } from '../../api/types'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import { DeclarationList } from './DeclarationCard'
import { usePages } from './usePages'
import { staysMessages } from './messages'

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
    <>
      <form onSubmit={submit} noValidate className="panel">
        <p className="hint">{t('police.personIntro')}</p>
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
        <button type="submit" className="button">
          {t('officer.search')}
        </button>
      </form>
      {searched ? (
        <DeclarationList
          list={list}
          label={t('police.view.person')}
          emptyText={t('police.personNone')}
          placeLabel={t('stays.place.any')}
          showPlace
        />
      ) : null}
    </>
  )
}
