import type { I18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/messages'

const label = (t: I18n['t'], table: Record<string, MessageKey>, value: string): string => {
  const key = table[value]
  return key ? t(key) : value
}

export const sexLabel = (t: I18n['t'], sex: string): string =>
  label(t, { M: 'sex.M', F: 'sex.F' }, sex)

export const relationLabel = (t: I18n['t'], relation: string): string =>
  label(
    t,
    {
      head: 'relation.head',
      spouse: 'relation.spouse',
      child: 'relation.child',
      parent: 'relation.parent',
      grandchild: 'relation.grandchild',
      sibling: 'relation.sibling',
      other: 'relation.other',
    },
    relation,
  )

export const statusLabel = (t: I18n['t'], status: string): string =>
  label(
    t,
    { resident: 'status.resident', moved_out: 'status.movedOut', deceased: 'status.deceased' },
    status,
  )

export const movementLabel = (t: I18n['t'], kind: string): string =>
  label(
    t,
    {
      born: 'movement.born',
      moved_in: 'movement.movedIn',
      moved_out: 'movement.movedOut',
      deceased: 'movement.deceased',
      temporary_residence: 'movement.temporaryResidence',
      temporary_absence: 'movement.temporaryAbsence',
    },
    kind,
  )
