// Upload a file with tus-js-client (an independent tus client) and print the upload URL.
// Usage: node tus-upload.js ENDPOINT FILE TOKEN PACKAGE_ID SHA256
//        node tus-upload.js ENDPOINT FILE TOKEN bundle SHA256   (a filing-bundle/1 upload)
'use strict'
const fs = require('node:fs')
const path = require('node:path')
const tus = require('tus-js-client')

const [endpoint, file, token, packageId, sha256] = process.argv.slice(2)
const size = fs.statSync(file).size
const upload = new tus.Upload(fs.createReadStream(file), {
  endpoint,
  uploadSize: size,
  chunkSize: 64 * 1024,
  retryDelays: [0, 200, 500],
  headers: { Authorization: `Bearer ${token}` },
  metadata: packageId === 'bundle'
    ? {
        bundle: 'filing-bundle/1',
        sha256,
        filename: path.basename(file),
        filetype: 'application/vnd.filing-bundle',
      }
    : {
        package_id: packageId,
        sha256,
        filename: path.basename(file),
        filetype: 'application/zip',
      },
  onError: (err) => { console.error(`upload failed: ${err}`); process.exit(1) },
  onSuccess: () => { console.log(upload.url) },
})
upload.start()
