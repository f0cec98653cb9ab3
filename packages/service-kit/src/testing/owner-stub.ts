import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEVELOPMENT_SECRETS } from '../config';
import { IDENTITY_HEADER, verifyIdentity, type Identity } from '../identity';

export interface OwnerCall {
  query: string;
  variables: Record<string, unknown>;
  identity: Identity;
}

export interface OwnerStub {
  url: string;
  calls: OwnerCall[];
  close(): Promise<void>;
}

/**
 * Another service at the HTTP boundary, for a subgraph's own tests: a real server that refuses
 * calls without a valid signed identity (as the real owner would) and answers each GraphQL call
 * with `answer`. The calls it received are kept, to assert what was asked and as whom.
 */
export async function startOwnerStub(answer: (call: OwnerCall) => unknown): Promise<OwnerStub> {
  const calls: OwnerCall[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      let identity: Identity;
      try {
        identity = verifyIdentity(
          req.headers[IDENTITY_HEADER] as string | undefined,
          DEVELOPMENT_SECRETS.subgraphSecret,
          Buffer.concat(chunks).toString('utf8'),
        );
      } catch (error) {
        res.statusCode = 401;
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message, extensions: { code: 'UNAUTHENTICATED' } }] }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
      const call = { query: body.query, variables: body.variables ?? {}, identity };
      calls.push(call);
      res.end(JSON.stringify(answer(call)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
