import { and, eq, isNull, sql } from 'drizzle-orm'
import type { Adapter, AdapterPayload } from 'oidc-provider'
import type { Executor } from '../../platform/db/database.js'
import { SECRET_VERSION, type SsoSecrets } from './sso.secrets.js'
import { ssoClients, ssoPayloads } from './sso.tables.js'

const expiry = (expiresIn: number): Date => new Date(Date.now() + expiresIn * 1000)

/**
 * The provider's storage in the platform's database. Expired rows read as absent even before
 * they are purged, and a consumed code keeps its row so that a replay is recognised as one.
 */
class PayloadAdapter implements Adapter {
  constructor(
    private readonly db: Executor,
    private readonly model: string,
  ) {}

  async upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void> {
    const row = {
      model: this.model,
      id,
      payload,
      grantId: payload.grantId ?? null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt: expiresIn ? expiry(expiresIn) : null,
    }
    await this.db
      .insert(ssoPayloads)
      .values(row)
      .onConflictDoUpdate({ target: [ssoPayloads.model, ssoPayloads.id], set: row })
  }

  private async findWhere(condition: ReturnType<typeof eq>): Promise<AdapterPayload | undefined> {
    const [row] = await this.db
      .select({ payload: ssoPayloads.payload, consumedAt: ssoPayloads.consumedAt })
      .from(ssoPayloads)
      .where(
        and(
          eq(ssoPayloads.model, this.model),
          condition,
          sql`(${ssoPayloads.expiresAt} IS NULL OR ${ssoPayloads.expiresAt} > now())`,
        ),
      )
    if (!row) return undefined
    const payload = row.payload as AdapterPayload
    return row.consumedAt
      ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) }
      : payload
  }

  find(id: string) {
    return this.findWhere(eq(ssoPayloads.id, id))
  }

  findByUid(uid: string) {
    return this.findWhere(eq(ssoPayloads.uid, uid))
  }

  findByUserCode(userCode: string) {
    return this.findWhere(eq(ssoPayloads.userCode, userCode))
  }

  async consume(id: string): Promise<void> {
    await this.db
      .update(ssoPayloads)
      .set({ consumedAt: new Date() })
      .where(and(eq(ssoPayloads.model, this.model), eq(ssoPayloads.id, id)))
  }

  async destroy(id: string): Promise<void> {
    await this.db
      .delete(ssoPayloads)
      .where(and(eq(ssoPayloads.model, this.model), eq(ssoPayloads.id, id)))
  }

  /**
   * The provider calls this on each token kind's adapter in turn. Other state carries the grant id
   * too (the pending interaction of a person signing in over another's session) and must stay.
   */
  async revokeByGrantId(grantId: string): Promise<void> {
    await this.db
      .delete(ssoPayloads)
      .where(and(eq(ssoPayloads.model, this.model), eq(ssoPayloads.grantId, grantId)))
  }
}

/**
 * Clients come from the client registry: a disabled client is unknown to the provider, and its
 * secret is derived on the fly (it is never stored). Every token request needs its client, so
 * entries are kept for a few seconds; this instance forgets a client the moment the registry
 * changes it, other instances within `ttlMs`.
 */
export class ClientDirectory {
  private readonly cache = new Map<string, { payload: AdapterPayload | undefined; until: number }>()

  constructor(
    private readonly db: Executor,
    private readonly secrets: SsoSecrets,
    private readonly ttlMs = 5_000,
  ) {}

  forget(clientId: string): void {
    this.cache.delete(clientId)
  }

  async find(clientId: string): Promise<AdapterPayload | undefined> {
    const cached = this.cache.get(clientId)
    if (cached && cached.until > Date.now()) return cached.payload
    const payload = await this.load(clientId)
    if (this.cache.size > 10_000) this.cache.clear()
    this.cache.set(clientId, { payload, until: Date.now() + this.ttlMs })
    return payload
  }

  private async load(clientId: string): Promise<AdapterPayload | undefined> {
    const [client] = await this.db
      .select({ metadata: ssoClients.metadata, secretVersion: ssoClients.secretVersion })
      .from(ssoClients)
      .where(and(eq(ssoClients.clientId, clientId), isNull(ssoClients.disabledAt)))
    if (!client) return undefined
    const metadata = client.metadata as AdapterPayload
    const usesSecret = metadata.token_endpoint_auth_method === 'client_secret_basic'
    return {
      ...metadata,
      client_id: clientId,
      [SECRET_VERSION]: client.secretVersion,
      ...(usesSecret
        ? { client_secret: this.secrets.clientSecret(clientId, client.secretVersion) }
        : {}),
    }
  }
}

class ClientAdapter implements Adapter {
  constructor(private readonly directory: ClientDirectory) {}

  find(clientId: string) {
    return this.directory.find(clientId)
  }

  upsert(): Promise<void> {
    return Promise.reject(new Error('clients are registered through the client registry'))
  }
  findByUid = () => Promise.resolve(undefined)
  findByUserCode = () => Promise.resolve(undefined)
  consume = () => Promise.resolve()
  destroy = () => Promise.resolve()
  revokeByGrantId = () => Promise.resolve()
}

/**
 * Forgets the access tokens the provider keeps for a client (those of people's sign-ins, used at
 * userinfo), when its secret is rotated. Refresh tokens stay: using one takes the client's secret.
 */
export async function revokeStoredAccessTokens(db: Executor, clientId: string): Promise<void> {
  await db
    .delete(ssoPayloads)
    .where(
      and(
        eq(ssoPayloads.model, 'AccessToken'),
        sql`${ssoPayloads.payload}->>'clientId' = ${clientId}`,
      ),
    )
}

export function adapterFactory(db: Executor, directory: ClientDirectory) {
  return (model: string): Adapter =>
    model === 'Client' ? new ClientAdapter(directory) : new PayloadAdapter(db, model)
}
