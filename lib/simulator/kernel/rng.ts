/**
 * Seeded randomness. The engine never calls Math.random: every random choice (request ids,
 * alias routing, retry jitter, the sandbox's Math.random seed) comes from a named stream
 * derived from the simulator seed. Separate streams keep one concern's draws from shifting
 * another's: adding a retry does not change the next request id's alias routing.
 */

/** 32-bit FNV-1a, used to turn a stream name into seed material. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** sfc32: small, fast, and good enough statistically for simulation choices. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = "") {
    const s = fnv1a(`${stream}:${seed}`);
    this.a = s ^ 0x9e3779b9;
    this.b = fnv1a(`${seed}/${stream}`) ^ 0x243f6a88;
    this.c = Math.imul(seed | 0, 0x85ebca6b) ^ 0xb7e15162;
    this.d = (seed / 0x100000000) ^ 0x1b873593;
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 0x100000000;
  }

  /** Lower-case hex string of `length` digits. */
  hex(length: number): string {
    let out = "";
    while (out.length < length) out += hex8(this.nextUint32());
    return out.length === length ? out : out.slice(0, length);
  }

  /** A version-4 UUID, the format of Lambda request ids. */
  uuid(): string {
    const a = hex8(this.nextUint32());
    const b = this.nextUint32();
    const c = this.nextUint32();
    const d = hex8(this.nextUint32());
    const b1 = hex8(b);
    const c1 = hex8(((c & 0x3fffffff) | 0x80000000) >>> 0);
    return `${a}-${b1.slice(0, 4)}-4${b1.slice(5, 8)}-${c1.slice(0, 4)}-${c1.slice(4)}${d}`;
  }
}

const HEX = "0123456789abcdef";

function hex8(n: number): string {
  return (
    HEX[(n >>> 28) & 15] + HEX[(n >>> 24) & 15] + HEX[(n >>> 20) & 15] + HEX[(n >>> 16) & 15] +
    HEX[(n >>> 12) & 15] + HEX[(n >>> 8) & 15] + HEX[(n >>> 4) & 15] + HEX[n & 15]
  );
}

export class RngFactory {
  private streams = new Map<string, Rng>();

  constructor(readonly seed: number) {}

  stream(name: string): Rng {
    let rng = this.streams.get(name);
    if (!rng) {
      rng = new Rng(this.seed, name);
      this.streams.set(name, rng);
    }
    return rng;
  }
}
