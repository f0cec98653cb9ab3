import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Refuses new connections and cuts those open: the server is gone for whoever is behind the proxy. */
  cut(): Promise<void>;
  /** Cuts the connections open and holds every new one without an answer: the server stalls. */
  stall(): Promise<void>;
  /** Passes connections on again, on the same port. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a server (the test MySQL, a subgraph), so one service can lose its database or
 * stall alone. The target's port may be known only later (a subgraph's, once the graph has started).
 */
export async function startTcpProxy(targetHost: string, targetPort: number | (() => number)): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let holding = false;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const open = (): Server =>
    createServer((client) => {
      track(client);
      client.on('error', () => client.destroy());
      if (holding) return;
      const upstream = connect(typeof targetPort === 'number' ? targetPort : targetPort(), targetHost);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const cutOpen = () => {
    for (const socket of sockets) socket.destroy();
  };
  let server = open();
  const port = await listen(server, 0);
  const cut = async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    cutOpen();
    await closed;
  };
  return {
    port,
    cut,
    stall: async () => {
      holding = true;
      cutOpen();
    },
    restore: async () => {
      if (holding) {
        holding = false;
        cutOpen();
      }
      if (!server.listening) {
        server = open();
        await listen(server, port);
      }
    },
    close: cut,
  };
}
