// An independent tus 1.0 server (@tus/server + @tus/file-store) for the interop tests.
// Usage: node tus-server.js PORT DIR   (PORT 0 = any free port; prints "listening <port>")
'use strict'
const http = require('node:http')
const { Server } = require('@tus/server')
const { FileStore } = require('@tus/file-store')

const [port, dir] = [Number(process.argv[2] || 0), process.argv[3] || './uploads']
const tus = new Server({ path: '/files', datastore: new FileStore({ directory: dir }) })
const server = http.createServer((req, res) => tus.handle(req, res))
server.listen(port, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`)
})
process.on('SIGTERM', () => server.close(() => process.exit(0)))
