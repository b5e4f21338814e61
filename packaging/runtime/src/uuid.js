/* UUIDs, as xAPI registrations and statement ids. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const HEX = /^[0-9a-f]{32}$/;

/** A lowercase UUID with dashes. */
export function isUuid(value) {
  return typeof value === "string" && UUID.test(value);
}

/** 32 lowercase hex digits (a UUID without its dashes). */
export function isCompactUuid(value) {
  return typeof value === "string" && HEX.test(value);
}

export function compact(value) {
  return value.replace(/-/g, "");
}

export function expand(hex) {
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
}

/** A new version 4 UUID (crypto.getRandomValues where the browser has it). */
export function uuid(win) {
  const b = new Uint8Array(16);
  if (win.crypto && win.crypto.getRandomValues) win.crypto.getRandomValues(b);
  else for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return expand(Array.prototype.map.call(b, (v) => (v + 0x100).toString(16).slice(1)).join(""));
}
