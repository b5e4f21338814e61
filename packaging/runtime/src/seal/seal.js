/*
 * Opens a question's sealed answer key (the compiler's Rendering/AnswerSeal.cs): base64url bytes XORed with the
 * keystream SHA-256(key ‖ nonce ‖ block number, 32 bits big-endian), the nonce being the question's SECTION.QUESTION
 * id; the bytes are the key's JSON in UTF-8. The key is in the page, so this keeps answers out of view-source and
 * out of a search of the zip, not out of reach of a learner who runs this code (docs/answer-keys.md).
 */
import { sha256 } from "./sha256.js";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** base64url (no padding) to bytes; null for a character outside the alphabet. */
export function fromBase64Url(text) {
  const bytes = [];
  let buffer = 0, bits = 0;
  for (let i = 0; i < text.length; i++) {
    const value = BASE64URL.indexOf(text.charAt(i));
    if (value < 0) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >>> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

function utf8(text) {
  return new TextEncoder().encode(text);
}

/**
 * @param {string} key the page's key (course data "seal", base64url)
 * @param {string} nonce the question's SECTION.QUESTION id
 * @param {string} sealed the question's "sealed"
 * @returns {object|null} the answer key, or null when it cannot be opened
 */
export function openSeal(key, nonce, sealed) {
  const keyBytes = fromBase64Url(String(key || "")), bytes = fromBase64Url(String(sealed || ""));
  if (!keyBytes || !bytes) return null;
  const prefix = new Uint8Array([...keyBytes, ...utf8(nonce)]), input = new Uint8Array(prefix.length + 4);
  input.set(prefix);
  const view = new DataView(input.buffer);
  for (let block = 0; block * 32 < bytes.length; block++) {
    view.setUint32(prefix.length, block);
    const stream = sha256(input);
    for (let i = block * 32; i < Math.min(bytes.length, block * 32 + 32); i++) bytes[i] ^= stream[i - block * 32];
  }
  try { return JSON.parse(new TextDecoder().decode(bytes)); } catch { return null; }
}
