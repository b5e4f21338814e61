/*
 * The compact saved state's bits: written most significant first, six to a character of savedState.alphabet
 * (base64url: letters, digits, "-" and "_", which every LMS and its database store as they are; see
 * docs/runtime-contract.md, "The saved state").
 */
import { savedState } from "../contract.js";

const ALPHABET = savedState.alphabet, PER_CHARACTER = savedState.bitsPerCharacter;

/** The bits that hold a value from 0 to values - 1 (none for a single value): the compiler's SavedBits.ToHold. */
export function bitsToHold(values) {
  let bits = 0;
  while (Math.pow(2, bits) < values) bits++;
  return bits;
}

export function createWriter() {
  const bits = [];
  return {
    /** value in [0, 2^width) */
    write(value, width) {
      for (let i = width - 1; i >= 0; i--) bits.push(Math.floor(value / Math.pow(2, i)) % 2);
    },
    text() {
      let out = "";
      for (let i = 0; i < bits.length; i += PER_CHARACTER) {
        let value = 0;
        for (let j = 0; j < PER_CHARACTER; j++) value = value * 2 + (bits[i + j] || 0);
        out += ALPHABET.charAt(value);
      }
      return out;
    }
  };
}

/** A reader of the characters' bits; null for a character outside the alphabet. */
export function createReader(text) {
  const bits = [];
  for (let i = 0; i < text.length; i++) {
    const value = ALPHABET.indexOf(text.charAt(i));
    if (value < 0) return null;
    for (let j = PER_CHARACTER - 1; j >= 0; j--) bits.push((value >> j) & 1);
  }
  let at = 0;
  return {
    /** The next `width` bits as a number; NaN past the end. */
    read(width) {
      if (at + width > bits.length) { at = bits.length + 1; return NaN; }
      let value = 0;
      for (let i = 0; i < width; i++) value = value * 2 + bits[at++];
      return value;
    },
    /** True when what is left is padding: fewer than six bits, all zero. */
    atEnd() {
      return at <= bits.length && bits.length - at < PER_CHARACTER && bits.slice(at).every((b) => b === 0);
    }
  };
}
