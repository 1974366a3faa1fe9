// Seeded randomness for exam and practice assembly: the same seed always gives the same paper,
// so a paper can be stored as its seed plus ids and rebuilt, and tests can pin exact results.
// Never Math.random() here.

export type Rng = () => number;

/** 32-bit FNV-1a hash of a string, used to turn any seed text into PRNG state. */
export function hashSeed(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A small, fast PRNG (the "mulberry32" construction: a Weyl sequence through an integer mixer)
 * returning floats in [0, 1). Statistical quality is ample for shuffling a few hundred items;
 * it is not for cryptography.
 */
export function createRng(seed: string | number): Rng {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher-Yates); the input is left alone. */
export function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** 0..n-1 in a seeded random order: a display order for a question's options. */
export function permutation(n: number, rng: Rng): number[] {
  return shuffled(
    Array.from({ length: n }, (_, i) => i),
    rng,
  );
}
