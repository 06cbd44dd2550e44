import { platformQuery } from '../../api/client'
import { StaffSection } from '../../components/StaffSection'
import { useLoaded } from '../../components/useApi'
import { useI18n } from '../../i18n/i18n'
import type { Said } from './labels'
import { staysMessages } from './messages'

/** The owner names residents (with an eID account) as staff, and ends their access. */
export function OwnerStaff({ establishmentId }: { establishmentId: string }) {
  const { t } = useI18n(staysMessages)
  const init = { params: { path: { id: establishmentId } } }
  const staff = useLoaded(
    platformQuery.useQuery('get', '/api/v1/stays/establishments/{id}/staff', init),
  )
  const name = platformQuery.useMutation('post', '/api/v1/stays/establishments/{id}/staff')
  const revoke = platformQuery.useMutation(
    'delete',
    '/api/v1/stays/establishments/{id}/staff/{grantId}',
  )
  return (
    <StaffSection
      staff={staff}
      members={(data) => data}
      labels={{
        title: t('stays.staff.title'),
        intro: t('stays.staff.intro'),
        none: t('stays.staff.none'),
        number: t('stays.staff.number'),
        numberHint: t('stays.staff.numberHint'),
        numberInvalid: t('signUp.numberInvalid'),
        add: t('stays.staff.name'),
        since: (at) => t('stays.staff.since', { at }),
        remove: (number) => t('stays.staff.revoke', { number }),
      }}
      add={async (number): Promise<Said> => {
        await name.mutateAsync({ ...init, body: { personalNumber: number } })
        return { key: 'stays.staff.named', params: { number } }
      }}
      remove={async (member): Promise<Said> => {
        await revoke.mutateAsync({
          params: { path: { id: establishmentId, grantId: member.grantId } },
        })
        return { key: 'stays.staff.revoked', params: { number: member.personalNumber } }
      }}
      said={(said) => t(said.key, said.params)}
    />
  )
}
