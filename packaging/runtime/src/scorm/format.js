/* SCORM 1.2 data formats. */

/** CMIFeedback and CMIIdentifier values are at most 255 characters. */
export const MAX_FEEDBACK = 255;

/** A score for the LMS: a plain decimal in 0..100 with at most 2 decimals. */
export function decimal(score) {
  return String(Math.round(Math.max(0, Math.min(100, score)) * 100) / 100);
}

function two(n) {
  return (n < 10 ? "0" : "") + n;
}

/** CMITimespan: HHHH:MM:SS.SS. */
export function timespan(ms) {
  const cs = Math.max(0, Math.round(ms / 10));
  let hours = String(Math.min(9999, Math.floor(cs / 360000)));
  while (hours.length < 4) hours = "0" + hours;
  return hours + ":" + two(Math.floor(cs / 6000) % 60) + ":" + two(Math.floor(cs / 100) % 60) + "." + two(cs % 100);
}

/** CMITime: HH:MM:SS. */
export function timeOfDay(date) {
  return two(date.getHours()) + ":" + two(date.getMinutes()) + ":" + two(date.getSeconds());
}

/** CMIIdentifier: printable ASCII without spaces. */
export function identifier(s) {
  return String(s).replace(/[^\x21-\x7E]/g, "_").slice(0, MAX_FEEDBACK);
}
