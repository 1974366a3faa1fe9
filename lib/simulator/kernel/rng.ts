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
    while (out.length < length) out += this.nextUint32().toString(16).padStart(8, "0");
    return out.slice(0, length);
  }

  /** A version-4 UUID, the format of Lambda request ids. */
  uuid(): string {
    const h = this.hex(32).split("");
    h[12] = "4";
    h[16] = "89ab"[parseInt(h[16], 16) & 3];
    const s = h.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
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
