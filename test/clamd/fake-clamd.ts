// A stand-in clamd for unit tests of the client's framing and failure handling: it decodes
// INSTREAM chunks as clamd does and answers by a rule, or misbehaves on purpose (never answers).
import { createServer, type Server, type Socket } from 'node:net';

export type FakeBehaviour = 'answer' | 'silent' | 'hang-up';

export interface FakeClamd {
  port: number;
  /** Payloads received by INSTREAM, reassembled from their chunks. */
  received: Buffer[];
  /** Chunk sizes of the last INSTREAM. */
  chunkSizes: number[];
  close(): Promise<void>;
}

export async function startFakeClamd(
  options: { behaviour?: FakeBehaviour; verdict?: (data: Buffer) => string; maxStreamBytes?: number } = {},
): Promise<FakeClamd> {
  const behaviour = options.behaviour ?? 'answer';
  const verdict = options.verdict ?? ((data) => (data.includes('EVIL') ? 'stream: Fake.Evil FOUND' : 'stream: OK'));
  const received: Buffer[] = [];
  const chunkSizes: number[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    if (behaviour === 'hang-up') return void socket.destroy();
    let buffer = Buffer.alloc(0);
    let command: string | undefined;
    const chunks: Buffer[] = [];
    let streamed = 0;
    socket.on('data', (data: Buffer) => {
      if (behaviour === 'silent') return;
      buffer = Buffer.concat([buffer, data]);
      if (command === undefined) {
        const end = buffer.indexOf(0);
        if (end === -1) return;
        command = buffer.toString('latin1', 1, end);
        buffer = buffer.subarray(end + 1);
        if (command === 'PING') return void socket.end('PONG\0');
        if (command === 'VERSION') return void socket.end('ClamAV 0.0.0-fake\0');
        chunkSizes.length = 0;
      }
      while (buffer.length >= 4) {
        const length = buffer.readUInt32BE(0);
        if (length === 0) {
          const data = Buffer.concat(chunks);
          received.push(data);
          return void socket.end(`${verdict(data)}\0`);
        }
        if (buffer.length < 4 + length) return;
        chunks.push(buffer.subarray(4, 4 + length));
        chunkSizes.push(length);
        streamed += length;
        buffer = buffer.subarray(4 + length);
        if (options.maxStreamBytes !== undefined && streamed > options.maxStreamBytes) {
          return void socket.end('INSTREAM size limit exceeded. ERROR\0');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('fake clamd has no port');
  return {
    port: address.port,
    received,
    chunkSizes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
