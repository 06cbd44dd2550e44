import type { Page } from 'playwright-core'

/** Waits until no part of the page is still loading. */
export const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('main [data-loading]') === null)

/** The fields of the temporary-residence form (1.004194) that the registry does not fill. */
export async function fillStay(page: Page, phone: string): Promise<void> {
  await page.getByLabel('Số điện thoại liên hệ').fill(phone)
  const commune = page.getByLabel('Xã, phường nơi tạm trú')
  await commune.locator('option').nth(1).waitFor({ state: 'attached' })
  await commune.selectOption({ index: 1 })
  await page.getByLabel('Tạm trú từ ngày').fill('10/12/2026')
  await page.getByLabel('Tạm trú từ ngày').blur()
  await page.getByLabel(/^Đến ngày/).fill('09/12/2027')
  await page.getByLabel(/^Đến ngày/).blur()
  await page.getByLabel('Lý do').selectOption({ label: 'Làm việc' })
  await page.getByLabel('Chủ hộ hoặc chủ sở hữu chỗ ở đã đồng ý cho tôi tạm trú').check()
}

/** The receipt page's dossier code, once the filing has gone through. */
export async function filedCode(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Giấy tiếp nhận hồ sơ' }).waitFor()
  return (await page.locator('[data-dossier-code]').innerText()).trim()
}
