// Several class server processes behind one address. Colyseus's Redis presence and driver let any
// process find a class and reserve a seat in it wherever it is hosted (the client then connects to
// the hosting process's public address). Exactly one process hosts a class: it holds a lease on it
// in Redis and writes the session there as it changes, fenced by that lease. When a process stops
// or dies, its leases lapse and another process resumes its classes from that data, by replay.
// Loaded only when a Redis address is given: one process in memory needs none of this.

import { Redis } from 'ioredis';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { matchMaker, type ServerOptions } from '@colyseus/core';
import type { ClassRoom } from './class-room';
import { SessionWriter, sessionSchema, type SessionData } from './session-file';

const PREFIX = 'asean-mediator:class:';

/** Where a class's data lives in Redis. */
export const redisKeys = {
  /** The set of class codes with data in Redis. */
  sessions: `${PREFIX}sessions`,
  /** A class's session data (the same JSON as its session file). */
  session: (code: string) => `${PREFIX}session:${code}`,
  /** The id of the process hosting a class, while its lease runs. */
  owner: (code: string) => `${PREFIX}owner:${code}`,
};

/** How long a class's data stays in Redis after its last change or lease renewal, in seconds. */
export const SESSION_TTL_SECONDS = 2 * 24 * 60 * 60;

/** A class's lease by default: a process silent this long loses its classes to another, in ms. */
export const DEFAULT_LEASE_MS = 15_000;

// Each script acts only while this process holds the class's lease, so a process that lost a class
// (it stalled past its lease and another took over) can neither renew it nor overwrite its data.
const WRITE = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
redis.call('SADD', KEYS[3], ARGV[4])
return 1`;
const RENEW = `if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** How to join a group of class processes. */
export interface ScaleOutOptions {
  /** The Redis address every process of the group uses, e.g. `redis://10.0.0.5:6379`. */
  url: string;
  /** Where clients reach this process's rooms: `host:port`, or `host/path` behind a proxy. */
  publicAddress: string;
  /** How long a silent process keeps its classes, in ms (default 15 s). */
  leaseMs?: number;
}

/** Opens a room for a session's data in this process. */
export type OpenRoom = (data: SessionData) => Promise<ClassRoom>;

/** One process's membership of a group of class processes sharing Redis. */
export class ScaleOut {
  readonly leaseMs: number;
  private readonly hosted = new Map<string, ClassRoom>();
  private readonly timers: NodeJS.Timeout[] = [];
  private driver: RedisDriver | null = null;
  private closing = false;
  private scanning = false;
  private lastError = '';

  private constructor(private readonly redis: Redis, private readonly o: ScaleOutOptions) {
    this.leaseMs = Math.max(1000, o.leaseMs ?? DEFAULT_LEASE_MS);
  }

  /** Connects to Redis; rejects with a message naming the address when it does not answer. */
  static async connect(o: ScaleOutOptions): Promise<ScaleOut> {
    const redis = new Redis(o.url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 2 });
    const scale = new ScaleOut(redis, o);
    let connected = false;
    let first: Error | null = null;
    redis.on('error', (e: Error) => (connected ? scale.warn(`Redis at ${o.url}: ${e.message}`) : (first ??= e)));
    try {
      await redis.connect();
      await redis.ping();
      connected = true;
    } catch (e) {
      redis.disconnect();
      throw new Error(`Cannot reach Redis at ${o.url} (${(first ?? (e as Error)).message}): start Redis there, or check the --redis address.`);
    }
    return scale;
  }

  /** This process's id in the group (Colyseus's process id). */
  get me(): string {
    return matchMaker.processId;
  }

  /** What the Colyseus server of this process needs to take part in the group. */
  serverOptions(): Pick<ServerOptions, 'presence' | 'driver' | 'publicAddress' | 'selectProcessIdToCreateRoom'> {
    // Discovery registers the process under this name (otherwise "undefined:port").
    process.env['SELF_HOSTNAME'] ??= this.o.publicAddress.replace(/[:/].*$/, '');
    this.driver = new RedisDriver(this.o.url);
    return {
      presence: new RedisPresence(this.o.url),
      driver: this.driver,
      publicAddress: this.o.publicAddress,
      // Rooms are only created by this process for classes it holds the lease of: never elsewhere.
      selectProcessIdToCreateRoom: async () => matchMaker.processId,
    };
  }

  /** Takes the lease of class `code`; false when another process holds it. */
  async claim(code: string): Promise<boolean> {
    return (await this.redis.set(redisKeys.owner(code), this.me, 'PX', this.leaseMs, 'NX')) === 'OK';
  }

  /** Counts `room` among the classes this process hosts (its lease renewed, its data in Redis). */
  host(room: ClassRoom): void {
    this.hosted.set(room.roomId, room);
  }

  /** Every room this process hosts. */
  rooms(): ClassRoom[] {
    return [...this.hosted.values()];
  }

  /** A session writer that keeps the class's data in Redis (and in `dir`'s file too, if given). */
  writer(dir: string | null): SessionWriter {
    return new SharedSessionWriter(dir, (data) => this.store(data));
  }

  /** Renews this process's leases and takes over classes whose process stopped, until `stop()`. */
  start(open: OpenRoom): void {
    const every = (ms: number, f: () => Promise<void>) => {
      const t = setInterval(() => void f().catch((e: Error) => this.warn(e.message)), ms);
      this.timers.push(t);
    };
    every(Math.floor(this.leaseMs / 3), () => this.renew());
    every(Math.min(2000, Math.floor(this.leaseMs / 3)), () => this.takeOver(open));
  }

  /** Stops renewing and taking over (the first step of a clean stop). */
  stop(): void {
    this.closing = true;
    for (const t of this.timers) clearInterval(t);
  }

  /**
   * Gives up this process's leases at once (after its rooms are gone and their data written), so
   * another process resumes its classes now rather than when the leases lapse; then disconnects.
   */
  async release(): Promise<void> {
    this.stop();
    try {
      for (const code of this.hosted.keys()) await this.redis.eval(RELEASE, 1, redisKeys.owner(code), this.me);
    } finally {
      this.redis.disconnect();
    }
  }

  /** Writes a session's data, while this process holds its lease. */
  private async store(data: SessionData): Promise<void> {
    const done = await this.redis.eval(WRITE, 3, redisKeys.owner(data.code), redisKeys.session(data.code), redisKeys.sessions,
      this.me, JSON.stringify(data), SESSION_TTL_SECONDS, data.code);
    if (done !== 1) {
      this.lost(data.code);
      throw new Error(`class ${data.code} is hosted by another process now`);
    }
  }

  private async renew(): Promise<void> {
    for (const [code, room] of this.hosted) {
      const held = await this.redis.eval(RENEW, 2, redisKeys.owner(code), redisKeys.session(code), this.me, this.leaseMs, SESSION_TTL_SECONDS);
      if (held !== 1) {
        this.lost(code);
        continue;
      }
      // A process that stopped may have removed this room's listing after it was made here.
      if (this.driver && !(await this.driver.has(code))) await room.listing.save();
    }
  }

  /** Resumes, here, every class in Redis that no process holds. */
  private async takeOver(open: OpenRoom): Promise<void> {
    if (this.scanning || this.closing) return;
    this.scanning = true;
    try {
      for (const code of await this.redis.smembers(redisKeys.sessions)) {
        if (this.closing) return;
        if (this.hosted.has(code) || (await this.redis.exists(redisKeys.owner(code)))) continue;
        if (!(await this.claim(code))) continue;
        // Read after claiming: from now on no other process can change it.
        const text = await this.redis.get(redisKeys.session(code));
        const parsed = text ? sessionSchema.safeParse(JSON.parse(text)) : null;
        if (!parsed?.success) {
          if (parsed) this.warn(`class ${code}: its data in Redis is not a class session; left alone.`);
          await this.redis.srem(redisKeys.sessions, code);
          await this.redis.eval(RELEASE, 1, redisKeys.owner(code), this.me);
          continue;
        }
        try {
          this.host(await open(parsed.data));
          console.log(`Resumed class ${code}, whose process stopped (${parsed.data.tables.length} tables).`);
        } catch (e) {
          this.warn(`class ${code} could not be resumed here: ${(e as Error).message}`);
          await this.redis.eval(RELEASE, 1, redisKeys.owner(code), this.me);
        }
      }
    } finally {
      this.scanning = false;
    }
  }

  /** Drops a class another process now hosts: its clients here are disconnected and find it there. */
  private lost(code: string): void {
    const room = this.hosted.get(code);
    if (!room) return;
    this.hosted.delete(code);
    this.warn(`class ${code} is hosted by another process now; its clients here are sent there.`);
    void room.disconnect().catch(() => undefined);
  }

  /** Logs a problem once until a different one occurs. */
  private warn(message: string): void {
    if (message === this.lastError) return;
    this.lastError = message;
    console.error(message);
  }
}

/** A session writer that also keeps the data in Redis (the file only when a folder is given). */
class SharedSessionWriter extends SessionWriter {
  constructor(private readonly folder: string | null, private readonly shared: (data: SessionData) => Promise<void>) {
    super(folder ?? '');
  }

  protected override async write(data: SessionData): Promise<void> {
    const [file, redis] = await Promise.allSettled([this.folder ? super.write(data) : Promise.resolve(), this.shared(data)]);
    if (redis.status === 'rejected') throw redis.reason;
    if (file.status === 'rejected') throw file.reason;
  }
}
