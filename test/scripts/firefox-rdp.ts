import { createConnection, type Socket } from 'node:net';

export type Packet = Record<string, unknown> & { from?: string; type?: string };

/**
 * A small client of Firefox's remote debugging protocol (length-prefixed
 * JSON over TCP): send packets, and wait for the packet one expects, events
 * and replies alike. Enough to look into an extension's background.
 */
export class FirefoxRdp {
  private buffer = Buffer.alloc(0);
  private waiting: { test: (packet: Packet) => boolean; done: (packet: Packet) => void }[] = [];
  private readonly listeners: ((packet: Packet) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (data) => this.read(data));
  }

  static connect(port: number): Promise<FirefoxRdp> {
    return new Promise((done, fail) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => done(new FirefoxRdp(socket)));
      socket.once('error', fail);
    });
  }

  send(packet: Packet & { to: string }): void {
    const text = JSON.stringify(packet);
    this.socket.write(`${Buffer.byteLength(text)}:${text}`);
  }

  /** The first packet from now on that passes the test, or a rejection after `timeout` ms. */
  next(test: (packet: Packet) => boolean, timeout = 10_000): Promise<Packet> {
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error('Firefox did not answer')), timeout);
      this.waiting.push({
        test,
        done: (packet) => {
          clearTimeout(timer);
          done(packet);
        },
      });
    });
  }

  onPacket(listener: (packet: Packet) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    this.socket.end();
  }

  private read(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon === -1) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString()) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      for (const listener of this.listeners) listener(packet);
      const match = this.waiting.find((entry) => entry.test(packet));
      if (match) {
        this.waiting = this.waiting.filter((entry) => entry !== match);
        match.done(packet);
      }
    }
  }
}
