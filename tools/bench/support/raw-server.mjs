// The physical limit for a read on this machine: a plain node:http server sending the very bytes
// of a response from memory, with no framework, no routing, no database. Started by bench.ts.
//
//   node tools/bench/support/raw-server.mjs <file> <content-type>
// Prints "listening <port>" once it accepts connections.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, contentType] = process.argv.slice(2);
const body = readFileSync(file);
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
  response.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
