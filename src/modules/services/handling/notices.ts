import type { Executor } from '../../../platform/db/database.js'
import { getMyAccount, type MessageSender } from '../../identity/index.js'
import type { DossierRow } from '../filing/filing.queries.js'

export type NoticeKind = 'info_requested' | 'approved' | 'refused'

/** The message of each notice: the dossier's code and what to do, nothing else personal. */
export function noticeBody(kind: NoticeKind, code: string): string {
  switch (kind) {
    case 'info_requested':
      return (
        `Hồ sơ ${code} cần bổ sung thông tin: mở ứng dụng Công Dân Số để trả lời. / ` +
        `Dossier ${code} needs more information: answer in the Công Dân Số app.`
      )
    case 'approved':
      return (
        `Hồ sơ ${code} đã được duyệt; kết quả có trong ứng dụng Công Dân Số. / ` +
        `Dossier ${code} is approved; the result is in the Công Dân Số app.`
      )
    case 'refused':
      return (
        `Hồ sơ ${code} không được chấp thuận; xem lý do trong ứng dụng Công Dân Số. / ` +
        `Dossier ${code} was refused; see the reason in the Công Dân Số app.`
      )
  }
}

/** Tells the applicant, on their registered phone, that their dossier moved. */
export async function notifyApplicant(
  db: Executor,
  sender: MessageSender,
  dossier: DossierRow,
  kind: NoticeKind,
): Promise<void> {
  const { phone } = await getMyAccount(db, dossier.accountId)
  if (!phone) return
  await sender.send(db, { to: phone, body: noticeBody(kind, dossier.code) })
}
