// The runtime's SHA-256 (src/seal/sha256.js), which opens every sealed answer key: the standard's constants, which it
// computes rather than writes out, and digests equal to Node's across block boundaries and the standard's examples.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { INITIAL, K, sha256 } from "../src/seal/sha256.js";

const hex = (bytes) => Buffer.from(bytes).toString("hex");

test("the round constants and the initial hash value are FIPS 180-4's (4.2.2, 5.3.3)", () => {
  assert.deepEqual([...K], [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ]);
  assert.deepEqual(INITIAL, [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
});

test("the constants are far from a rounding step: an engine's cube root a few units in the last place off gives the same", () => {
  const primes = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p)) primes.push(n);
  const scaled = [...primes.map(Math.cbrt), ...primes.slice(0, 8).map(Math.sqrt)].map((root) => (root - Math.floor(root)) * 2 ** 32);
  const nearest = Math.min(...scaled.map((x) => Math.min(x - Math.floor(x), Math.ceil(x) - x)));
  assert.ok(nearest > 1e-3, `a constant lies ${nearest} of a unit from a step`);
});

test("the standard's examples: empty, \"abc\", two blocks, a million a's", () => {
  const digest = (text) => hex(sha256(new TextEncoder().encode(text)));
  assert.equal(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  assert.equal(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  assert.equal(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
    "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  assert.equal(digest("a".repeat(1_000_000)), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
});

test("every length from 0 to 200 bytes (each padding case) gives Node's digest", () => {
  const bytes = Uint8Array.from({ length: 200 }, (_, i) => (i * 151 + 7) & 0xff);
  for (let length = 0; length <= 200; length++) {
    const message = bytes.subarray(0, length);
    assert.equal(hex(sha256(message)), createHash("sha256").update(message).digest("hex"), `length ${length}`);
  }
});
