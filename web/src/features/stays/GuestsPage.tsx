import { useState } from 'react'
import type { Establishment, StayDeclarationPage } from '../../api/types'
import type { PageProps } from '../../app/routes'
import { useI18n } from '../../i18n/i18n'
import { DeclarationList } from './DeclarationCard'
import { EstablishmentConsole } from './EstablishmentConsole'
import { GuestActions } from './GuestActions'
import { SaidNotice } from './fields'
import { placeLabel, type Said } from './labels'
import { usePages } from './usePages'
import { staysMessages } from './messages'

function CurrentGuests({ establishment }: { establishment: Establishment }) {
  const { t } = useI18n(staysMessages)
  const list = usePages<StayDeclarationPage>(
    `/api/v1/stays/establishments/${encodeURIComponent(establishment.id)}/guests?limit=50`,
  )
  const [done, setDone] = useState<Said>()
  return (
    <>
      <SaidNotice said={done} />
      <DeclarationList
        list={list}
        label={t('stays.nav.guests')}
        emptyText={t('stays.noCurrentGuests')}
        placeLabel={placeLabel(t, establishment.capacityUnit)}
        actions={(guest) => (
          <GuestActions
            declaration={guest}
            onDone={(message) => {
              setDone(message)
              list.reload()
            }}
          />
        )}
      />
    </>
  )
}

/** Who is staying now, newest first, each to check out or to extend. */
export default function GuestsPage({ params }: PageProps) {
  const { t } = useI18n(staysMessages)
  return (
    <EstablishmentConsole id={params.id ?? ''} section="guests" title={t('stays.nav.guests')}>
      {(establishment) => <CurrentGuests establishment={establishment} />}
    </EstablishmentConsole>
  )
}
