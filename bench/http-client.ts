import { request, type Agent } from 'node:http';

export interface Reply {
  readonly status: number;
  readonly body: unknown;
}

export type Call = (method: string, url: string, body?: unknown, token?: string) => Promise<Reply>;

/** Real HTTP over kept-alive sockets, as a browser or a load balancer would talk to the platform. */
export const httpClientOf =
  (port: number, agent: Agent): Call =>
  (method, url, body, token) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const call = request(
        {
          host: '127.0.0.1',
          port,
          path: url,
          method,
          agent,
          headers: {
            ...(payload
              ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
              : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString() || 'null'),
            }),
          );
        },
      );
      call.on('error', reject);
      call.end(payload);
    });
