import { msg } from '@curriculum-builder/curriculum';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Answers requests that Node's HTTP parser refuses before Fastify sees them (header fields and
 * request line over 16 KB, a malformed request, a timeout) in the contract's error shape, and with
 * `Connection: close`: the socket is closed right after. Fastify's own handler leaves that header
 * out, so a keep-alive client sends its next request into the closing socket ("socket hang up").
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, msg`The request line and header fields are too large (at most 16 KB)`]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, msg`The request took too long to arrive`]
        : [400, msg`Malformed HTTP request`];
  const body = JSON.stringify({ statusCode: status, message });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Connection: close\r\n' +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
