import { Button, Group, Radio, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import type { SubmitEvent } from 'react'
import { platformQuery } from '../../api/client'
import type { WatchListEntry, WatchListPage } from '../../api/types'
import { useSession } from '../../app/session'
import { CommunePicker } from '../../components/CommunePicker'
import { bindFields } from '../../components/Field'
import { ErrorMessage } from '../../components/Status'
import { useI18n } from '../../i18n/i18n'
import { PROVINCE_CODE } from '../dashboards'
import { Toggle } from './fields'
import type { Said } from './labels'
import { Paged } from './Paged'
import { usePages } from './usePages'
import { WatchListCard } from './WatchListCard'
import {
  APPROVE_PERMISSION,
  DEFAULT_LISTING_DAYS,
  dayAfterToday,
  endOfVietnamDay,
  isLawfulExpiryDay,
  MAX_LISTING_DAYS,
  MIN_REASON,
  WATCH_LIST_PATH,
} from './watchListing'
import { vietnamToday } from './time'
import { staysMessages } from './messages'
import { AreaField, Field, FormPanel } from './ui'
import { useTellDone } from './useTellDone'

type Form = {
  personalNumber: string
  nationality: string
  passportNumber: string
  reason: string
  caseReference: string
  legalBasis: string
  expiresOn: string
  responsibleUnitCode: string
}
const empty = (): Form => ({
  personalNumber: '',
  nationality: '',
  passportNumber: '',
  reason: '',
  caseReference: '',
  legalBasis: '',
  expiresOn: dayAfterToday(DEFAULT_LISTING_DAYS),
  responsibleUnitCode: '',
})

/** Whether the signed-in officer is provincial police (the server decides; this shapes the form). */
export function useApprover(): boolean {
  const session = useSession()
  return session.status === 'signed-in' && session.account.permissions.includes(APPROVE_PERMISSION)
}

function NewEntry({ onAdded }: { onAdded: (entry: WatchListEntry) => void }) {
  const { t } = useI18n(staysMessages)
  const approver = useApprover()
  const [foreigner, setForeigner] = useState(false)
  const [provincialUnit, setProvincialUnit] = useState(false)
  const [form, setForm] = useState<Form>(empty)
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({})
  const field = bindFields(form, setForm, errors)
  const unitCode = approver && provincialUnit ? PROVINCE_CODE : form.responsibleUnitCode
  const adding = platformQuery.useMutation('post', '/api/v1/stays/police/watch-list', {
    onSuccess: (entry) => {
      setForm(empty())
      onAdded(entry)
    },
  })

  const check = (): typeof errors => {
    const found: typeof errors = {}
    if (foreigner && !/^[A-Z]{3}$/.test(form.nationality.trim().toUpperCase()))
      found.nationality = t('police.nationalityInvalid')
    if (foreigner && !/^[A-Z0-9]{5,20}$/.test(form.passportNumber.trim().toUpperCase()))
      found.passportNumber = t('police.passportInvalid')
    if (!foreigner && !/^\d{12}$/.test(form.personalNumber.replace(/\s/g, '')))
      found.personalNumber = t('signUp.numberInvalid')
    if (form.reason.trim().length < MIN_REASON) found.reason = t('police.reasonRequired')
    if (form.caseReference.trim().length < 3) found.caseReference = t('police.caseRequired')
    if (!/\d/.test(form.legalBasis) || form.legalBasis.trim().length < 5)
      found.legalBasis = t('police.legalBasisInvalid')
    if (!isLawfulExpiryDay(form.expiresOn))
      found.expiresOn = t('police.expiryInvalid', { days: MAX_LISTING_DAYS })
    if (!unitCode) found.responsibleUnitCode = t('police.unitRequired')
    return found
  }

  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const found = check()
    setErrors(found)
    const first = Object.keys(found)[0]
    if (first) {
      document.getElementById(`watch-${first}`)?.focus()
      return
    }
    adding.mutate({
      body: {
        person: foreigner
          ? {
              nationality: form.nationality.trim().toUpperCase(),
              passportNumber: form.passportNumber.trim().toUpperCase(),
            }
          : { personalNumber: form.personalNumber.replace(/\s/g, '') },
        reason: form.reason.trim(),
        caseReference: form.caseReference.trim(),
        legalBasis: form.legalBasis.trim(),
        expiresAt: endOfVietnamDay(form.expiresOn),
        responsibleUnitCode: unitCode,
      },
    })
  }

  return (
    <FormPanel id="watch-new-title" title={t('police.watchAdd')} onSubmit={submit}>
      <Text size="sm">{t(approver ? 'police.watchRuleProvince' : 'police.watchRule')}</Text>
      <Radio.Group
        name="watch-kind"
        label={t('police.watchWho')}
        value={foreigner ? 'foreigner' : 'citizen'}
        onChange={(value) => {
          setForeigner(value === 'foreigner')
        }}
      >
        <Group gap="md" mt={4}>
          <Radio value="citizen" label={t('stays.kind.citizen')} size="md" />
          <Radio value="foreigner" label={t('stays.kind.foreigner')} size="md" />
        </Group>
      </Radio.Group>
      {foreigner ? (
        <>
          <Field
            {...field('nationality')}
            id="watch-nationality"
            label={t('police.nationality')}
            hint={t('police.nationalityHint')}
            maxLength={3}
            autoComplete="off"
          />
          <Field
            {...field('passportNumber')}
            id="watch-passportNumber"
            label={t('stays.passportNumber')}
            autoComplete="off"
          />
        </>
      ) : (
        <Field
          {...field('personalNumber')}
          id="watch-personalNumber"
          label={t('field.personalNumber')}
          inputMode="numeric"
          autoComplete="off"
        />
      )}
      <AreaField
        id="watch-reason"
        label={t('police.watchReason')}
        value={form.reason}
        error={errors.reason}
        rows={3}
        onChange={(e) => {
          setForm({ ...form, reason: e.target.value })
        }}
      />
      <Field
        {...field('caseReference')}
        id="watch-caseReference"
        label={t('police.caseReference')}
        hint={t('police.caseReferenceHint')}
        maxLength={100}
        autoComplete="off"
      />
      <Field
        {...field('legalBasis')}
        id="watch-legalBasis"
        label={t('police.legalBasis')}
        hint={t('police.legalBasisHint')}
        maxLength={300}
        autoComplete="off"
      />
      <Field
        {...field('expiresOn')}
        id="watch-expiresOn"
        type="date"
        label={t('police.expiresOn')}
        hint={t('police.expiresOnHint', { days: MAX_LISTING_DAYS })}
        min={vietnamToday()}
        max={dayAfterToday(MAX_LISTING_DAYS)}
      />
      {approver ? (
        <Toggle checked={provincialUnit} onChange={setProvincialUnit}>
          {t('police.provinceAnswers')}
        </Toggle>
      ) : null}
      {approver && provincialUnit ? null : (
        <CommunePicker
          id="watch-responsibleUnitCode"
          label={t('police.responsibleUnit')}
          value={form.responsibleUnitCode}
          error={errors.responsibleUnitCode}
          onChange={(code) => {
            setForm({ ...form, responsibleUnitCode: code })
          }}
        />
      )}
      {adding.error ? <ErrorMessage error={adding.error} focus /> : null}
      <Button type="submit" disabled={adding.isPending} style={{ alignSelf: 'flex-start' }}>
        {t('police.watchAddSubmit')}
      </Button>
    </FormPanel>
  )
}

/** The watch list kept by the police: who, why, on what grounds, until when, and where it stands. */
export function PoliceWatchList() {
  const { t } = useI18n(staysMessages)
  const list = usePages<WatchListPage>(`${WATCH_LIST_PATH}?include=all&limit=100`)
  const tellDone = useTellDone()
  const entries = list.pages.flatMap((p) => p.entries)
  const changed = (said: Said) => {
    tellDone(said)
    list.reload()
  }
  return (
    <Stack gap="md">
      <Paged list={list} isEmpty={entries.length === 0} emptyText={t('police.watchEmpty')}>
        <Stack component="ul" gap="sm" p={0} m={0} aria-label={t('police.view.watchList')}>
          {entries.map((entry) => (
            <WatchListCard key={entry.id} entry={entry} onChanged={changed} />
          ))}
        </Stack>
      </Paged>
      <NewEntry
        onAdded={(entry) => {
          changed({
            key: entry.status === 'pending' ? 'police.watchRequested' : 'police.watchAdded',
          })
        }}
      />
    </Stack>
  )
}
