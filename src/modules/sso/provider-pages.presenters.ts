import type { KoaContextWithOIDC } from 'oidc-provider'

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/**
 * The few pages the provider draws itself (sign-out, errors). Bilingual on one page: they are
 * reached from other systems, before the person could choose a language.
 */
function page(ctx: KoaContextWithOIDC, title: string, body: string): void {
  ctx.type = 'html'
  ctx.body = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}
h1{font-size:1.4rem}button{font:inherit;padding:.7rem 1.2rem;margin:.3rem .3rem 0 0;border-radius:.4rem;border:1px solid #0b4f8a;background:#fff;color:#0b4f8a;cursor:pointer}
button.primary{background:#0b4f8a;color:#fff}.en{color:#444}</style></head>
<body><main>${body}</main></body></html>`
}

export async function logoutSource(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  page(
    ctx,
    'Đăng xuất / Sign out',
    `<h1>Đăng xuất khỏi Công Dân Số?</h1><p class="en" lang="en">Sign out of Công Dân Số?</p>
${form}
<button class="primary" autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Đăng xuất / Sign out</button>
<button type="submit" form="op.logoutForm">Ở lại / Stay signed in</button>`,
  )
}

export async function postLogoutSuccessSource(ctx: KoaContextWithOIDC): Promise<void> {
  page(
    ctx,
    'Đã đăng xuất / Signed out',
    `<h1>Bạn đã đăng xuất.</h1><p class="en" lang="en">You are signed out.</p>`,
  )
}

export async function renderError(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string },
): Promise<void> {
  page(
    ctx,
    'Không thể đăng nhập / Sign-in failed',
    `<h1>Không thể hoàn tất đăng nhập</h1><p class="en" lang="en">The sign-in could not be completed.</p>
<p><strong>${escape(out.error)}</strong>${out.error_description ? `: ${escape(out.error_description)}` : ''}</p>`,
  )
}
