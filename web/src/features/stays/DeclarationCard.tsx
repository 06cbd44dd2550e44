import { Group, Paper, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { StayDeclaration, StayDeclarationPage } from '../../api/types'
import { formatDate, formatDateTime } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { flagLabel, methodLabel } from './labels'
import { Paged } from './Paged'
import type { Pages } from './usePages'
import { Tag } from '../../components/Tag'
import { staysMessages } from './messages'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  )
}

/** One guest's stay, as a card that fits a phone; `showPlace` names the establishment. */
export function DeclarationCard({
  declaration: d,
  placeLabel,
  showPlace = false,
  children,
}: {
  declaration: StayDeclaration
  placeLabel: string
  showPlace?: boolean
  children?: ReactNode
}) {
  const { t } = useI18n(staysMessages)
  const number = d.personalNumber ?? d.passportNumber
  return (
    <Paper component="li" withBorder p="md" className="stays-card">
      <Group gap="xs" mb="xs">
        <Title order={3} size="h4" className="stays-card-name">
          {d.fullName}
        </Title>
        {d.late ? <Tag color="orange">{t('stays.late')}</Tag> : null}
        {d.flags.map((flag) => (
          <Tag key={flag} color="red">
            {flagLabel(t, flag)}
          </Tag>
        ))}
      </Group>
      <dl className="facts facts-compact stays-facts">
        {showPlace ? (
          <Fact label={t('stays.establishment')}>
            {d.establishment.name}, {d.establishment.address}
          </Fact>
        ) : null}
        {number ? (
          <Fact label={d.personalNumber ? t('field.personalNumber') : t('stays.passportNumber')}>
            <span className="mono">{number}</span>
            {d.guestKind === 'foreigner' ? ` (${d.nationality})` : ''}
          </Fact>
        ) : null}
        <Fact label={t('field.birthDate')}>{formatDate(d.birthDate)}</Fact>
        {d.room ? <Fact label={placeLabel}>{d.room}</Fact> : null}
        <Fact label={t('stays.arrivalAt')}>{formatDateTime(d.arrivalAt)}</Fact>
        {d.departedAt ? (
          <Fact label={t('stays.departedAt')}>{formatDateTime(d.departedAt)}</Fact>
        ) : d.expectedDepartureAt ? (
          <Fact label={t('stays.expectedDepartureAt')}>
            {formatDateTime(d.expectedDepartureAt)}
          </Fact>
        ) : null}
        <Fact label={t('stays.declaredAt')}>
          {formatDateTime(d.declaredAt)} · {methodLabel(t, d.method)}
        </Fact>
      </dl>
      {children}
    </Paper>
  )
}

/** A paged list of stays as cards, each with what may be done about it. */
export function DeclarationList({
  list,
  label,
  emptyText,
  placeLabel,
  showPlace = false,
  actions,
}: {
  list: Pages<StayDeclarationPage>
  label: string
  emptyText: string
  placeLabel: string
  showPlace?: boolean
  actions?: (declaration: StayDeclaration) => ReactNode
}) {
  const declarations = list.pages.flatMap((p) => p.declarations)
  return (
    <Paged list={list} isEmpty={declarations.length === 0} emptyText={emptyText}>
      <Stack component="ul" gap="sm" p={0} m={0} className="stays-cards" aria-label={label}>
        {declarations.map((d) => (
          <DeclarationCard key={d.id} declaration={d} placeLabel={placeLabel} showPlace={showPlace}>
            {actions?.(d)}
          </DeclarationCard>
        ))}
      </Stack>
    </Paged>
  )
}
