import Fastify from 'fastify'
import pg from 'pg'

// The floor under a declaration, in a process of its own as the real server is: the same body
// over HTTP, one INSERT of the same row into a table of the same shape and indexes
// (bare_stay_declarations), nothing identified, checked or recorded beside it.
// Args: PostgreSQL URL, pool size. Prints its address once listening.
const [url, poolSize = '10'] = process.argv.slice(2)

interface Body {
  arrivalAt: string
  guests: { personalNumber: string; fullName: string; birthDate: string; room?: string }[]
}

const pool = new pg.Pool({ connectionString: url, max: Number(poolSize) })
const app = Fastify()
app.post<{ Params: { id: string }; Body: Body }>('/d/:id', async (request, reply) => {
  const { arrivalAt, guests } = request.body
  const guest = guests[0]!
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO bare_stay_declarations (establishment_id, commune_code, province_code, guest_kind,
       personal_number, full_name, birth_date, nationality, room, arrival_at, deadline_at, late,
       method, declared_by)
     VALUES ($1, '00000', '75', 'citizen', $2, $3, $4, 'VNM', $5, $6, $6::timestamptz + interval '1 day',
       false, 'typed', 'bench') RETURNING id`,
    [
      request.params.id,
      guest.personalNumber,
      guest.fullName,
      guest.birthDate,
      guest.room ?? null,
      arrivalAt,
    ],
  )
  return reply.code(201).send({ id: rows[0]!.id })
})
process.on('SIGTERM', () => {
  void app.close().then(() => pool.end())
})
process.stdout.write(`${await app.listen({ host: '127.0.0.1', port: 0 })}\n`)
