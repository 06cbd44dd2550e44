/**
 * `npm start`: the web app when it changed, then the server in this same process. package.json
 * runs it with `exec`, so npm's shell hands over its process and the SIGTERM a process manager
 * sends npm (which npm passes to its child) reaches the server's graceful shutdown; behind a
 * plain `sh -c` the shell died of it and left the server running.
 */
await import('./build-web.js')
await import('../main.js')
