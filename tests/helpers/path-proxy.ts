// A small reverse proxy on a loopback port, as the hosting guide sets one up in front of several
// class processes: a path prefix per process (`/p1/…` to the first) for the room connections, the
// prefix taken off before forwarding. It counts the WebSocket upgrades each prefix carried.
import { createServer, request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import type { Duplex } from 'node:stream';

/** A running proxy. */
export interface PathProxy {
  port: number;
  /** Sends `/<prefix>/…` to the process on `port`. */
  route(prefix: string, port: number): void;
  /** WebSocket upgrades forwarded, by prefix. */
  upgrades: Map<string, number>;
  close(): Promise<void>;
}

/** Starts the proxy on a free loopback port. */
export async function startPathProxy(): Promise<PathProxy> {
  const routes = new Map<string, number>();
  const upgrades = new Map<string, number>();
  const sockets = new Set<Duplex>();
  const target = (url: string | undefined): { port: number; path: string; prefix: string } | null => {
    const m = /^\/([^/]+)(\/.*)$/.exec(url ?? '');
    const port = m ? routes.get(m[1]!) : undefined;
    return m && port ? { port, path: m[2]!, prefix: m[1]! } : null;
  };
  const server = createServer((req, res) => {
    const t = target(req.url);
    if (!t) return void res.writeHead(404).end();
    const up = request({ host: '127.0.0.1', port: t.port, path: t.path, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const t = target(req.url);
    if (!t) return void socket.destroy();
    upgrades.set(t.prefix, (upgrades.get(t.prefix) ?? 0) + 1);
    const back = connect(t.port, '127.0.0.1', () => {
      const lines = [`${req.method} ${t.path} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      back.write(`${lines.join('\r\n')}\r\n\r\n`);
      back.write(head);
      socket.pipe(back).pipe(socket);
    });
    sockets.add(back);
    back.on('close', () => (sockets.delete(back), socket.destroy()));
    back.on('error', () => socket.destroy());
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    port: (server.address() as { port: number }).port,
    route: (prefix, port) => void routes.set(prefix, port),
    upgrades,
    close: async () => {
      for (const s of sockets) s.destroy();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
