/**
 * Misbehaving SSH clients for the abuse tests: raw TCP sockets that stop (or start talking
 * nonsense) at a chosen point of the handshake, and ssh2 clients that vanish at a chosen point
 * after it. Every one is bounded in time: it gives up and destroys its socket after `limitMs`.
 */
import { randomBytes } from 'node:crypto';
import { connect as tcpConnect } from 'node:net';
import type { Client } from 'ssh2';
import { Client as Ssh2Client } from '../../source/ssh/ssh2.js';

/** Where a client stops. */
export const DROP_POINTS = [
  /** TCP connect, then close at once (FIN). */
  'connect-close',
  /** TCP connect, then a reset (RST). */
  'connect-reset',
  /** Part of a version line, then close. */
  'partial-banner',
  /** A line that is not an SSH version line. */
  'bad-banner',
  /** A version line with no end, past the length ssh2 allows. */
  'endless-banner',
  /** A version line, then a packet length past ssh2's maximum and random bytes. */
  'banner-garbage',
  /** A version line; close once the server's KEXINIT has arrived. */
  'after-server-kexinit',
  /** Both KEXINITs exchanged, then close before the key exchange. */
  'after-kexinit',
  /** KEXINIT, then an ECDH init whose public key has the wrong length. */
  'bad-ecdh',
  /** KEXINIT and a well-formed ECDH init; close once the server has answered (it signed). */
  'after-ecdh-reply',
  /** A real client, destroyed once the key exchange is done (before authentication). */
  'after-handshake',
  /** A real client, destroyed once logged in (no session). */
  'after-auth',
  /** A real client, destroyed as soon as its shell request is sent. */
  'shell-then-drop',
] as const;

export type DropPoint = (typeof DROP_POINTS)[number];

const CLIENT_VERSION = 'SSH-2.0-AbuseTest_1.0';
const MSG_KEXINIT = 20;
const MSG_KEX_ECDH_INIT = 30;
const MSG_KEX_ECDH_REPLY = 31;

/** Points where the client sends something the server must refuse, then waits for it to close. */
export const REFUSED_POINTS: ReadonlySet<DropPoint> = new Set([
  'bad-banner',
  'endless-banner',
  'banner-garbage',
  'bad-ecdh',
]);

/** What one misbehaving client saw. */
export interface DropOutcome {
  readonly point: DropPoint;
  /**
   * Who closed the connection: the client at its point, the server (expected only at the
   * {@link REFUSED_POINTS}), or the client's own time limit.
   */
  readonly closedBy: 'client' | 'server' | 'time-limit';
  /** The client's TCP port, which the server logs with the connection (raw sockets only). */
  readonly localPort: number | undefined;
}

/** Runs one client that stops at `point`; never rejects, never takes longer than `limitMs`. */
export function dropAt(
  port: number,
  point: DropPoint,
  random: () => number,
  limitMs = 4000,
): Promise<DropOutcome> {
  if (point === 'after-handshake' || point === 'after-auth' || point === 'shell-then-drop') {
    return dropClient(port, point, limitMs);
  }
  return dropSocket(port, point, random, limitMs);
}

function dropSocket(
  port: number,
  point: DropPoint,
  random: () => number,
  limitMs: number,
): Promise<DropOutcome> {
  return new Promise((resolve) => {
    const socket = tcpConnect(port, '127.0.0.1');
    let closedBy: DropOutcome['closedBy'] | undefined;
    let localPort: number | undefined;
    let received = Buffer.alloc(0);
    let sentKexinit = false;
    const limit = setTimeout(() => {
      closedBy ??= 'time-limit';
      socket.destroy();
    }, limitMs);
    const stop = (): void => {
      closedBy ??= 'client';
      socket.destroy();
    };
    socket.on('error', () => undefined);
    socket.on('end', () => {
      closedBy ??= 'server';
    });
    socket.on('close', () => {
      clearTimeout(limit);
      resolve({ point, closedBy: closedBy ?? 'server', localPort });
    });
    socket.on('connect', () => {
      localPort = socket.localPort;
      switch (point) {
        case 'connect-close':
          return stop();
        case 'connect-reset':
          closedBy = 'client';
          return void socket.resetAndDestroy();
        case 'partial-banner':
          socket.write(CLIENT_VERSION.slice(0, 1 + Math.floor(random() * (CLIENT_VERSION.length - 1))));
          return void setImmediate(stop);
        case 'bad-banner':
          return void socket.write(`HELLO ${randomBytes(8).toString('hex')}\r\n`);
        case 'endless-banner':
          return void socket.write(`SSH-2.0-${'x'.repeat(20_000)}`);
        case 'banner-garbage':
          // A packet length past ssh2's maximum (35,000), then random bytes.
          return void socket.write(
            Buffer.concat([
              Buffer.from(`${CLIENT_VERSION}\r\n`),
              Buffer.from([0x7f, 0xff, 0xff, 0xff]),
              randomBytes(Math.floor(random() * 4096)),
            ]),
          );
        default:
          socket.write(`${CLIENT_VERSION}\r\n`);
      }
    });
    // The server's version line, then plain (unencrypted) packets until NEWKEYS.
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const packets = plainPackets(received);
      if (closedBy !== undefined || !packets.some((p) => p[0] === MSG_KEXINIT)) return;
      if (point === 'after-server-kexinit') return stop();
      if (point !== 'after-kexinit' && point !== 'bad-ecdh' && point !== 'after-ecdh-reply') return;
      if (packets.some((p) => p[0] === MSG_KEX_ECDH_REPLY)) return stop();
      if (sentKexinit) return;
      sentKexinit = true;
      socket.write(packet(kexinitPayload()));
      if (point === 'after-kexinit') return void setImmediate(stop);
      // An X25519 public key is 32 bytes; 7 is malformed.
      const key = point === 'bad-ecdh' ? randomBytes(7) : randomBytes(32);
      socket.write(packet(Buffer.concat([Buffer.from([MSG_KEX_ECDH_INIT]), sshString(key)])));
    });
  });
}

function dropClient(port: number, point: DropPoint, limitMs: number): Promise<DropOutcome> {
  return new Promise((resolve) => {
    const client: Client = new Ssh2Client();
    let closedBy: DropOutcome['closedBy'] | undefined;
    const limit = setTimeout(() => {
      closedBy ??= 'time-limit';
      client.destroy();
    }, limitMs);
    const stop = (): void => {
      closedBy ??= 'client';
      client.destroy();
    };
    client.on('error', () => undefined);
    client.on('end', () => {
      closedBy ??= 'server';
    });
    client.on('close', () => {
      clearTimeout(limit);
      resolve({ point, closedBy: closedBy ?? 'server', localPort: undefined });
    });
    client.on('handshake', () => {
      if (point === 'after-handshake') stop();
    });
    client.on('ready', () => {
      if (point === 'after-auth') return stop();
      client.shell({ cols: 80, rows: 24, term: 'xterm' }, () => undefined);
      // The request is on its way; go before the server can answer it.
      setImmediate(stop);
    });
    client.connect({ host: '127.0.0.1', port, username: 'reader', readyTimeout: limitMs });
  });
}

/** Ways of holding a connection without ever getting anywhere. */
export const STALLS = [
  /** TCP only: not a byte sent. */
  'silent',
  /** The version line, then nothing. */
  'version-only',
  /** The key exchange, then no authentication request. */
  'no-auth-request',
  /** Logged in (`--open`), then no session. */
  'no-session',
] as const;

export type Stall = (typeof STALLS)[number];

/** How a stalled client ended. */
export interface StallOutcome {
  readonly stall: Stall;
  /** Milliseconds from connecting to the server closing the connection (undefined: it did not). */
  readonly closedAfterMs: number | undefined;
  /** The client's TCP port (raw sockets only). */
  readonly localPort: number | undefined;
}

/** Connects and stalls until the server closes the connection, or `limitMs` passes. */
export function stall(port: number, how: Stall, limitMs: number): Promise<StallOutcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    if (how === 'silent' || how === 'version-only') {
      const socket = tcpConnect(port, '127.0.0.1');
      let localPort: number | undefined;
      let timedOut = false;
      const limit = setTimeout(() => {
        timedOut = true;
        socket.destroy();
      }, limitMs);
      socket.on('error', () => undefined);
      socket.on('data', () => undefined);
      socket.on('connect', () => {
        localPort = socket.localPort;
        if (how === 'version-only') socket.write(`${CLIENT_VERSION}\r\n`);
      });
      socket.on('close', () => {
        clearTimeout(limit);
        resolve({ stall: how, closedAfterMs: timedOut ? undefined : performance.now() - started, localPort });
      });
      return;
    }
    const client: Client = new Ssh2Client();
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      client.destroy();
    }, limitMs);
    client.on('error', () => undefined);
    client.on('close', () => {
      clearTimeout(limit);
      resolve({
        stall: how,
        closedAfterMs: timedOut ? undefined : performance.now() - started,
        localPort: undefined,
      });
    });
    client.connect({
      host: '127.0.0.1',
      port,
      username: 'reader',
      readyTimeout: limitMs * 2,
      // Never answering is how a client that never asks to authenticate looks from the server.
      ...(how === 'no-auth-request' ? { authHandler: () => undefined } : {}),
    });
  });
}

/** The unencrypted packets in what a server sent so far, after its version line. */
function plainPackets(data: Buffer): Buffer[] {
  const lineEnd = data.indexOf('\n');
  if (lineEnd < 0) return [];
  const packets: Buffer[] = [];
  let offset = lineEnd + 1;
  while (offset + 5 <= data.length) {
    const length = data.readUInt32BE(offset);
    if (offset + 4 + length > data.length) break;
    const padding = data[offset + 4] ?? 0;
    packets.push(data.subarray(offset + 5, offset + 4 + length - padding));
    offset += 4 + length;
  }
  return packets;
}

/** A binary packet with no cipher and no MAC (RFC 4253, 6): length, padding length, payload, padding. */
function packet(payload: Buffer): Buffer {
  let padding = 8 - ((payload.length + 5) % 8);
  if (padding < 4) padding += 8;
  const head = Buffer.alloc(5);
  head.writeUInt32BE(1 + payload.length + padding, 0);
  head[4] = padding;
  return Buffer.concat([head, payload, randomBytes(padding)]);
}

function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value) : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length, 0);
  return Buffer.concat([length, bytes]);
}

/** A KEXINIT that the server accepts: curve25519, ed25519, aes128-ctr, hmac-sha2-256, no compression. */
function kexinitPayload(): Buffer {
  const lists = [
    'curve25519-sha256',
    'ssh-ed25519',
    'aes128-ctr',
    'aes128-ctr',
    'hmac-sha2-256',
    'hmac-sha2-256',
    'none',
    'none',
    '',
    '',
  ];
  return Buffer.concat([
    Buffer.from([MSG_KEXINIT]),
    randomBytes(16),
    ...lists.map((list) => sshString(list)),
    Buffer.from([0, 0, 0, 0, 0]),
  ]);
}
