import { Alert, Box, Group, Paper, Radio, Text, Title } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import type { VerifiedIdentity } from '../../api/types'
import { QrScanner } from '../../components/QrScanner'
import { describeError } from '../../components/errors'
import { describeScan } from '../../components/scanLabels'
import type { Scanned } from '../../components/scanned'
import { useI18n } from '../../i18n/i18n'
import { cardDraft, identityQrDraft, isSamePerson, type GuestDraft } from './guests'
import { EMPTY_PASSPORT, PassportGuestForm, type PassportForm } from './PassportGuestForm'
import { TypedGuestForm } from './TypedGuestForm'
import { staysMessages, type StaysI18n } from './messages'

type Mode = 'scan' | 'typed' | 'passport'
const MODES: Mode[] = ['scan', 'typed', 'passport']

/** A code held before the camera is read five times a second: it counts once for this long. */
const SAME_CODE_MS = 5_000

/** What the picker last said, kept as its cause so that it follows a change of language. */
type Message =
  | { kind: 'added' | 'already'; name: string }
  | { kind: 'passport' | 'refused'; scanned: Scanned }
  | { kind: 'failed'; error: unknown }
  | null

function say(i18n: StaysI18n, message: NonNullable<Message>): { text: string; isGood: boolean } {
  const { t } = i18n
  switch (message.kind) {
    case 'added':
      return { text: t('stays.guestAdded', { name: message.name }), isGood: true }
    case 'passport':
      return {
        text: `${describeScan(t, message.scanned)} ${t('stays.passportNext')}`,
        isGood: true,
      }
    case 'already':
      return { text: t('stays.alreadyAdded', { name: message.name }), isGood: false }
    case 'refused':
      return { text: describeScan(t, message.scanned), isGood: false }
    case 'failed':
      return { text: describeError(i18n, message.error), isGood: false }
  }
}

/**
 * Adds guests to a check-in or a boarding: by scanning (camera, a photo, or a hardware scanner)
 * the identity QR, the chip card's QR or a passport's MRZ, or by typing what the card or the
 * passport says. An identity QR is verified at once (not used up: declaring uses it), so the
 * receptionist confirms the name the platform signed.
 */
export function GuestPicker({
  drafts,
  onAdd,
}: {
  drafts: GuestDraft[]
  onAdd: (draft: GuestDraft) => void
}) {
  const i18n = useI18n(staysMessages)
  const { t } = i18n
  const [mode, setMode] = useState<Mode>('scan')
  const [message, setMessage] = useState<Message>(null)
  const [passport, setPassport] = useState<PassportForm>(EMPTY_PASSPORT)
  const lastCode = useRef({ text: '', at: 0 })
  const verification = useMutation({
    mutationFn: (token: string) =>
      api<VerifiedIdentity>('/api/v1/identity/verify', { method: 'POST', body: { token } }),
  })
  const checking = verification.isPending

  // Once the guests are declared, "added" belongs to the last check-in, not the next one.
  const isEmpty = drafts.length === 0
  useEffect(() => {
    if (isEmpty) setMessage((shown) => (shown?.kind === 'added' ? null : shown))
  }, [isEmpty])

  const add = useCallback(
    (draft: GuestDraft): boolean => {
      if (drafts.some((d) => isSamePerson(d, draft))) {
        setMessage({ kind: 'already', name: draft.fullName })
        return false
      }
      onAdd(draft)
      setMessage({ kind: 'added', name: draft.fullName })
      return true
    },
    [drafts, onAdd],
  )

  const { mutate } = verification
  const verify = useCallback(
    (token: string) => {
      mutate(token, {
        onSuccess: (verified) => {
          add(identityQrDraft(token, verified.identity))
        },
        onError: (error) => {
          setMessage({ kind: 'failed', error })
        },
      })
    },
    [add, mutate],
  )

  const onScan = useCallback(
    (scanned: Scanned, text: string) => {
      const now = Date.now()
      const isRepeat = lastCode.current.text === text && now - lastCode.current.at < SAME_CODE_MS
      lastCode.current = { text, at: now }
      if (isRepeat) return
      switch (scanned.kind) {
        case 'identity-token':
          verify(scanned.token)
          return
        case 'card':
          add(cardDraft(text, scanned.card))
          return
        case 'passport': {
          const [line1 = '', line2 = ''] = text.trim().split(/\s*\n\s*/)
          setPassport({ ...EMPTY_PASSPORT, line1, line2 })
          setMode('passport')
          setMessage({ kind: 'passport', scanned })
          return
        }
        case 'refused':
          setMessage({ kind: 'refused', scanned })
      }
    },
    [add, verify],
  )

  const said = message ? say(i18n, message) : null
  const modeLabel: Record<Mode, string> = {
    scan: t('stays.mode.scan'),
    typed: t('stays.mode.typed'),
    passport: t('stays.mode.passport'),
  }
  return (
    <Paper
      component="section"
      withBorder
      p="md"
      className="stays-picker"
      aria-labelledby="picker-title"
    >
      <Title order={2} id="picker-title" mb="sm">
        {t('stays.addGuestTitle')}
      </Title>
      <Box component="fieldset" bd={0} p={0} m={0} mb="sm" className="stays-modes">
        <legend className="visually-hidden">{t('stays.modeLegend')}</legend>
        <Radio.Group
          name="guest-mode"
          value={mode}
          onChange={(value) => {
            setMode(value)
            setMessage(null)
          }}
        >
          <Group gap="md">
            {MODES.map((m) => (
              <Radio key={m} value={m} label={modeLabel[m]} size="md" />
            ))}
          </Group>
        </Radio.Group>
      </Box>
      <div aria-live="polite">
        {checking ? <p role="status">{t('kiosk.checking')}</p> : null}
        {said ? (
          <Alert color={said.isGood ? 'green' : 'red'} variant="light" role="none" mb="sm">
            {said.text}
          </Alert>
        ) : null}
      </div>
      {mode === 'scan' ? (
        <>
          <Text size="sm" mb="sm">
            {t('stays.scanHint')}
          </Text>
          <QrScanner onScan={onScan} paused={checking} facingMode="environment" />
        </>
      ) : null}
      {mode === 'typed' ? <TypedGuestForm onAdd={add} /> : null}
      {mode === 'passport' ? (
        <PassportGuestForm form={passport} setForm={setPassport} onAdd={add} />
      ) : null}
    </Paper>
  )
}
