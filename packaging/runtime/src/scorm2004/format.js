/* SCORM 2004 4th edition data formats (RTE, chapter 4). */

/** cmi.interactions.n.description and the like (localized_string_type, SPM 250). */
export const MAX_DESCRIPTION = 250;
/** long_identifier_type: SPM 4000 characters. */
const MAX_IDENTIFIER = 4000;

/** A score of 0..100 as cmi.score.scaled (real(10,7), -1..1): 80 is "0.8". */
export function scaled(score) {
  return String(Math.round(Math.max(0, Math.min(100, score)) * 100) / 10000);
}

/** time(second,10,0) in UTC, hundredths kept: 2026-03-01T14:05:09.25Z. */
export function timestamp(date) {
  return date.toISOString().slice(0, 22) + "Z";
}

/** timeinterval(second,10,2): an ISO 8601 duration, PT1H2M3.45S; PT0S for nothing. */
export function duration(ms) {
  const cs = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(cs / 360000), minutes = Math.floor(cs / 6000) % 60, seconds = (cs % 6000) / 100;
  let text = "PT";
  if (hours) text += hours + "H";
  if (minutes) text += minutes + "M";
  if (seconds || (!hours && !minutes)) text += seconds + "S";
  return text;
}

/** long_identifier_type: a URI-like text without spaces. */
export function identifier(s) {
  return String(s).replace(/[^\x21-\x7E]/g, "_").slice(0, MAX_IDENTIFIER);
}
