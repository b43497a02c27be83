// The cost of the HTTP framework alone: one route that sends cached bytes from memory, with no
// middleware, guard or database, on bare Express 5, bare Fastify 5, and NestJS 11 on each of them.
// Started by bench.ts beside raw-server.mjs and the real application, to see whether the framework
// is what separates the application from the physical limit (ADR 0010).
//
//   TSX_TSCONFIG_PATH=tools/tsconfig.json node --import tsx tools/bench/support/framework-floor.ts <framework> <file> <content-type>
// <framework>: express | fastify | nest-express | nest-fastify. Prints "listening <port>".
import { Controller, Get, Module, Res } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import express from 'express';
import fastify from 'fastify';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const [framework, file, contentType] = process.argv.slice(2);
const body = readFileSync(file);

/** Express's response (a node:http ServerResponse) or Fastify's reply. */
type ReplyLike =
  | {
      writeHead(status: number, headers: Record<string, string | number>): unknown;
      end(body: Buffer): unknown;
    }
  | {
      code(status: number): unknown;
      headers(values: Record<string, string | number>): unknown;
      send(body: Buffer): unknown;
    };

/**
 * Sends the bytes as the application does: headers and `end` on Express (no `res.send`, which would
 * hash the body for a weak ETag on every request), `send` on Fastify.
 */
function send(reply: ReplyLike): void {
  const headers = { 'content-type': contentType, 'content-length': body.length };
  if ('writeHead' in reply) {
    reply.writeHead(200, headers);
    reply.end(body);
  } else {
    reply.code(200);
    reply.headers(headers);
    reply.send(body);
  }
}

@Controller()
class FloorController {
  @Get('floor')
  floor(@Res() reply: ReplyLike): void {
    send(reply);
  }
}

@Module({ controllers: [FloorController] })
class FloorModule {}

async function listen(): Promise<number> {
  switch (framework) {
    case 'express': {
      const app = express();
      app.get('/floor', (_req, res) => send(res as unknown as ReplyLike));
      return new Promise((done) => {
        const server = app.listen(0, '127.0.0.1', () =>
          done((server.address() as AddressInfo).port),
        );
      });
    }
    case 'fastify': {
      const app = fastify();
      app.get('/floor', (_req, reply) => send(reply as unknown as ReplyLike));
      await app.listen({ port: 0, host: '127.0.0.1' });
      return (app.server.address() as AddressInfo).port;
    }
    case 'nest-express':
    case 'nest-fastify': {
      const adapter = framework === 'nest-express' ? new ExpressAdapter() : new FastifyAdapter();
      const app = await NestFactory.create(FloorModule, adapter, { logger: false });
      await app.listen(0, '127.0.0.1');
      return (app.getHttpServer().address() as AddressInfo).port;
    }
    default:
      throw new Error(`unknown framework ${framework}`);
  }
}

listen().then(
  (port) => console.log(`listening ${port}`),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
