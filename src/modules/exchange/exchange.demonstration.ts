import type { Database } from '../../platform/db/database.js'
import { isBuiltinService } from './builtins.js'
import { sha256Hex } from './call-log.js'
import { logCall } from './call-log.service.js'
import { findMember, insertGrant, type ServiceRow } from './exchange.queries.js'
import { publishService, registerMember } from './members.service.js'
import { RESIDENT_VERIFICATION } from './resident-verification.js'

// The identity module's demonstration accounts: the department officer administers SYT, the
// partner system is DEMO-BANK's.
const HEALTH = 'SYT'
const BANK = 'DEMO-BANK'
const HOSPITAL = 'DEMO-BV'
const DATA_CENTRE = 'DEMO-TTDL'
const DAY_MS = 86_400_000

const MEMBERS = [
  { code: DATA_CENTRE, name: 'Trung tâm Dữ liệu Minh Hoạ', type: 'agency' },
  { code: HEALTH, name: 'Sở Y tế Minh Hoạ', type: 'agency' },
  { code: BANK, name: 'Ngân hàng Minh Hoạ', type: 'bank' },
  { code: HOSPITAL, name: 'Bệnh viện Minh Hoạ', type: 'hospital' },
] as const

const CHECKIN = {
  code: 'medical_checkin',
  name: 'Tiếp đón khám bệnh',
  legalBasis: 'Luật Khám bệnh, chữa bệnh 2023',
}
const KYC = {
  code: 'kyc',
  name: 'Nhận biết khách hàng',
  legalBasis: 'Luật Phòng, chống rửa tiền 2022',
}
const openapi = (title: string) => ({ openapi: '3.1.0', info: { title, version: '1' }, paths: {} })

/**
 * Development only: members of the exchange for the demonstration accounts, a service built into
 * the platform and one of the health department's own, the grants between them (approved, and
 * one awaiting the health department's decision) and a few logged calls, so that every page of
 * the exchange shows something. Once: a database that holds the health department is left alone.
 */
export async function ensureDemonstrationExchange(database: Database): Promise<void> {
  const db = database.db
  if (await findMember(db, HEALTH)) return
  for (const member of MEMBERS)
    await registerMember(
      db,
      { ...member, unitCode: '75', contacts: [{ name: 'Đầu mối kỹ thuật', phone: '0900000000' }] },
      null,
    )
  const verification = await publishService(
    db,
    {
      providerCode: DATA_CENTRE,
      code: 'xac-minh-cong-dan',
      name: 'Xác minh thông tin công dân',
      description: 'Số định danh, họ tên và ngày sinh: có khớp với cơ sở dữ liệu dân cư không.',
      openapi: openapi('Xác minh công dân'),
      attributes: ['eidLevel', 'alive', 'communeCode'],
      purposes: [CHECKIN, KYC],
      rateLimitPerMinute: 600,
      target: { kind: 'builtin', name: RESIDENT_VERIFICATION },
    },
    isBuiltinService,
  )
  const vaccinations = await publishService(
    db,
    {
      providerCode: HEALTH,
      code: 'tiem-chung',
      name: 'Lịch sử tiêm chủng',
      description: 'Các mũi tiêm chủng của một người bệnh, cho cơ sở khám chữa bệnh.',
      openapi: openapi('Tiêm chủng'),
      attributes: ['vaccinations'],
      purposes: [CHECKIN],
      rateLimitPerMinute: 120,
      target: { kind: 'http', url: 'https://syt.example.vn/api/tiem-chung' },
    },
    isBuiltinService,
  )
  const now = Date.now()
  const grant = (consumerCode: string, service: ServiceRow, purpose: string, approved: boolean) =>
    insertGrant(db, {
      consumerCode,
      serviceId: service.id,
      purposes: [purpose],
      attributes: service.attributes.slice(0, 1),
      status: approved ? 'approved' : 'requested',
      expiresAt: new Date(now + 365 * DAY_MS),
      requestedBy: 'demonstration',
      requestedAt: new Date(now - 2 * DAY_MS),
      ...(approved ? { decidedBy: 'demonstration', decidedAt: new Date(now - DAY_MS) } : {}),
    })
  await grant(BANK, verification, KYC.code, true)
  await grant(HEALTH, verification, CHECKIN.code, true)
  await grant(HOSPITAL, vaccinations, CHECKIN.code, false)
  // Calls the health department made, one refused for a purpose its grant does not allow.
  for (const [i, [purpose, status]] of (
    [
      [CHECKIN.code, 200],
      [CHECKIN.code, 200],
      [KYC.code, 403],
    ] as const
  ).entries())
    await logCall(database, {
      requestId: `demo-${String(i + 1)}`,
      occurredAt: new Date(now - (3 - i) * 3_600_000),
      consumerCode: HEALTH,
      clientId: 'demonstration',
      providerCode: DATA_CENTRE,
      serviceCode: verification.code,
      purpose,
      status,
      errorCode: status === 403 ? 'EXCHANGE_PURPOSE_NOT_GRANTED' : null,
      durationMs: 12 + i,
      requestSha256: sha256Hex(`demo request ${String(i)}`),
      responseSha256: sha256Hex(`demo response ${String(i)}`),
    })
}
