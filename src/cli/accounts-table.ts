import type { DemonstrationAccount } from '../modules/identity/index.js'
import { ROLE_NAMES } from '../platform/auth/roles.js'

const NUMBER = 'Số định danh / number'
const WHO = 'Vai trò / role'

const whoIs = (account: DemonstrationAccount): string =>
  account.role
    ? `${ROLE_NAMES[account.role].vi} / ${ROLE_NAMES[account.role].en} (${account.role})`
    : account.who

/** The demonstration accounts as a table for the terminal: number and role, one password. */
export function demonstrationAccountsTable(
  accounts: readonly DemonstrationAccount[],
  signIn: string,
): string {
  const rows = accounts.map((account) => [account.personalNumber, whoIs(account)] as const)
  const width = Math.max(NUMBER.length, ...rows.map(([number]) => number.length))
  const whoWidth = Math.max(WHO.length, ...rows.map(([, who]) => who.length))
  const line = (number: string, who: string) => `  ${number.padEnd(width)}  ${who}`
  return [
    `Tài khoản minh hoạ / demonstration accounts — mật khẩu / password: ${accounts[0]?.password ?? ''}`,
    `Đăng nhập / sign in: ${signIn}`,
    line(NUMBER, WHO),
    line('─'.repeat(width), '─'.repeat(whoWidth)),
    ...rows.map(([number, who]) => line(number, who)),
  ].join('\n')
}
