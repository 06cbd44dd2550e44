/**
 * A browser as far as a sign-in needs one: follows nothing on its own, keeps cookies, and lets
 * the test see each redirect of an OpenID Connect flow.
 */
export class UserAgent {
  private readonly cookies = new Map<string, string>()

  constructor(private readonly origin: string) {}

  cookieNames(): string[] {
    return [...this.cookies.keys()]
  }

  async request(
    url: string,
    init: { method?: string; json?: unknown; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = {}
    if (this.cookies.size > 0)
      headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    let body: string | undefined
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(init.json)
    } else if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      body = new URLSearchParams(init.form).toString()
    }
    const response = await fetch(new URL(url, this.origin), {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body: body ?? null,
      redirect: 'manual',
    })
    for (const line of response.headers.getSetCookie()) this.keep(line)
    return response
  }

  private keep(line: string): void {
    const [pair = '', ...attributes] = line.split(';')
    const at = pair.indexOf('=')
    const name = pair.slice(0, at).trim()
    const value = pair.slice(at + 1).trim()
    const expired = attributes.some((a) => {
      const [k = '', v = ''] = a.trim().split('=')
      return (
        (k.toLowerCase() === 'max-age' && Number(v) <= 0) ||
        (k.toLowerCase() === 'expires' && Date.parse(v) < Date.now())
      )
    })
    if (expired || value === '') this.cookies.delete(name)
    else this.cookies.set(name, value)
  }

  /** Follows redirects until one leaves for `stopAt` (a relying party's callback) or a page. */
  async follow(url: string, stopAt: string): Promise<{ url: string; response: Response }> {
    let next = url
    for (let hops = 0; hops < 10; hops++) {
      if (next.startsWith(stopAt)) return { url: next, response: new Response(null) }
      const response = await this.request(next)
      const location = response.headers.get('location')
      if (!location || response.status < 300 || response.status >= 400)
        return { url: next, response }
      next = new URL(location, new URL(next, this.origin)).href
    }
    throw new Error(`too many redirects from ${url}`)
  }
}
