import { Button, Paper, Stack, Text } from '@mantine/core'
import { formatDate } from '../../i18n/format'
import { useI18n } from '../../i18n/i18n'
import { isMinorOn, type GuestDocument, type GuestDraft } from './guests'
import { staysMessages, type StaysKey } from './messages'
import { Field, SelectField } from './ui'
import { Tag } from '../../components/Tag'

const DOCUMENTS: Record<GuestDocument, StaysKey> = {
  'identity-qr': 'stays.document.identityQr',
  card: 'stays.document.card',
  typed: 'stays.document.typed',
  passport: 'stays.document.passport',
}

/**
 * The guests about to be declared, to confirm: who each is as read, the room (or seat) each
 * takes and, for a minor, the adult of the group who accompanies them.
 */
export function GuestDraftList({
  drafts,
  onChange,
  onRemove,
  arrivalDay,
  placeLabel,
}: {
  drafts: GuestDraft[]
  onChange: (key: string, change: Partial<Pick<GuestDraft, 'room' | 'companion'>>) => void
  onRemove: (key: string) => void
  /** `YYYY-MM-DD`: who is a minor is decided on the arrival day. */
  arrivalDay: string
  placeLabel: string
}) {
  const { t } = useI18n(staysMessages)
  if (drafts.length === 0) return <p className="empty">{t('stays.noGuestsYet')}</p>
  const adults = drafts.filter((d) => !isMinorOn(d, arrivalDay))
  return (
    <Stack component="ol" className="stays-drafts" gap="sm" p={0} m={0}>
      {drafts.map((draft, index) => {
        const n = index + 1
        const isMinor = isMinorOn(draft, arrivalDay)
        return (
          <Paper component="li" withBorder p="sm" key={draft.key} className="stays-draft">
            <Text fw={700}>
              {draft.fullName} {isMinor ? <Tag color="orange">{t('stays.minor')}</Tag> : null}
            </Text>
            <Text size="sm" mb="xs">
              {t(DOCUMENTS[draft.document])}: <span className="mono">{draft.documentNumber}</span>
              {' · '}
              {t('field.birthDate')} {formatDate(draft.birthDate)}
              {draft.document === 'passport' ? ` · ${draft.nationality}` : ''}
            </Text>
            <Field
              id={`room-${draft.key}`}
              label={`${placeLabel} (${t('stays.guestNumber', { n })})`}
              value={draft.room}
              maxLength={30}
              autoComplete="off"
              onChange={(e) => {
                onChange(draft.key, { room: e.target.value })
              }}
            />
            {isMinor && adults.length ? (
              <SelectField
                id={`companion-${draft.key}`}
                label={t('stays.accompaniedBy', { n })}
                mt="xs"
                value={draft.companion}
                onChange={(e) => {
                  onChange(draft.key, { companion: e.target.value })
                }}
              >
                <option value="">{t('stays.noCompanion')}</option>
                {adults.map((adult) => (
                  <option key={adult.key} value={adult.key}>
                    {adult.fullName}
                  </option>
                ))}
              </SelectField>
            ) : null}
            <Button
              variant="subtle"
              px={0}
              mt="xs"
              onClick={() => {
                onRemove(draft.key)
              }}
            >
              {t('stays.removeGuest', { name: draft.fullName })}
            </Button>
          </Paper>
        )
      })}
    </Stack>
  )
}
