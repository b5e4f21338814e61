/*
 * SHA-256 (FIPS 180-4) of a byte array, synchronously: the browser's crypto.subtle is asynchronous and missing on
 * pages served over http, which LMSs still do. Used to open sealed answer keys (seal.js), nothing secret.
 */
// The constants of FIPS 180-4 (4.2.2, 5.3.3): the first 32 bits of the fractional parts of the cube roots of the first
// 64 primes (K) and of the square roots of the first 8 (the initial hash value), computed rather than written out, which
// every learner would download (about 400 bytes gzipped). Exact in any engine: no value comes within 1/200 of a unit
// of the 32nd bit, a thousand times more than Math.cbrt's error (test/sha256.test.js compares them with the standard).
const PRIMES = [];
for (let n = 2; PRIMES.length < 64; n++) if (PRIMES.every((p) => n % p)) PRIMES.push(n);
const fractionBits = (root) => ((root - Math.floor(root)) * 0x100000000) >>> 0;
export const K = new Uint32Array(PRIMES.map((p) => fractionBits(Math.cbrt(p))));
export const INITIAL = PRIMES.slice(0, 8).map((p) => fractionBits(Math.sqrt(p)));

function rotate(x, n) {
  return (x >>> n) | (x << (32 - n));
}

// The message padded to whole 64-byte blocks: 0x80, zeros, the length in bits (big-endian, 64 bits).
function padded(bytes) {
  const length = Math.ceil((bytes.length + 9) / 64) * 64, out = new Uint8Array(length), view = new DataView(out.buffer);
  out.set(bytes);
  out[bytes.length] = 0x80;
  view.setUint32(length - 8, Math.floor(bytes.length / 0x20000000));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  return view;
}

// One 64-byte block into the hash state h.
function compress(h, view, offset, w) {
  for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const s0 = rotate(w[t - 15], 7) ^ rotate(w[t - 15], 18) ^ (w[t - 15] >>> 3);
    const s1 = rotate(w[t - 2], 17) ^ rotate(w[t - 2], 19) ^ (w[t - 2] >>> 10);
    w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
  }
  let [a, b, c, d, e, f, g, k] = h;
  for (let t = 0; t < 64; t++) {
    const t1 = (k + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
    const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  [a, b, c, d, e, f, g, k].forEach((x, i) => { h[i] = (h[i] + x) | 0; });
}

/** @param {Uint8Array} bytes @returns {Uint8Array} the 32-byte digest */
export function sha256(bytes) {
  const view = padded(bytes), h = INITIAL.slice(), w = new Int32Array(64);
  for (let offset = 0; offset < view.byteLength; offset += 64) compress(h, view, offset, w);
  const out = new Uint8Array(32), digest = new DataView(out.buffer);
  h.forEach((x, i) => { digest.setUint32(i * 4, x >>> 0); });
  return out;
}
