import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'

// The load of an HTTP bench in a process of its own, so that the client's own work (building
// requests, parsing responses) is not counted against the server it measures.
// Args: the server's URL, then a file of JSON { paths, connections, seconds, headers, method,
// bodies }: with bodies, each request takes the next body in turn.
const [url = '', specFile = ''] = process.argv.slice(2)
const spec = JSON.parse(readFileSync(specFile, 'utf8')) as {
  paths: string[]
  connections: number
  seconds: number
  headers?: Record<string, string>
  method?: 'GET' | 'POST'
  bodies?: string[]
}
const { paths, bodies } = spec
let i = 0
const result = await autocannon({
  url,
  connections: spec.connections,
  duration: spec.seconds,
  headers: spec.headers ?? {},
  method: spec.method ?? 'GET',
  requests: [
    {
      setupRequest: (req) => {
        const n = i++
        const path = paths[n % paths.length]!
        return bodies ? { ...req, path, body: bodies[n % bodies.length]! } : { ...req, path }
      },
    },
  ],
})
process.stdout.write(
  `${JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  })}\n`,
)
