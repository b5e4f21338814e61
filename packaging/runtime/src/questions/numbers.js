/*
 * Reading a typed number: Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, "," or the Arabic decimal
 * separator (U+066B) as the decimal point, and the minus sign (U+2212) or an en dash (U+2013) as "-". Anything else
 * is not a number (NaN).
 */
export function parseNumber(s) {
  s = String(s).trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6F0))
    .replace(/[,\u066B]/g, ".").replace(/[\u2212\u2013]/g, "-");
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? parseFloat(s) : NaN;
}

/** Whether a typed answer is within [min, max] (the course data's correct: [min, max] as strings). */
export function inRange(answer, correct) {
  const x = parseNumber(answer);
  return x >= parseFloat(correct[0]) && x <= parseFloat(correct[correct.length - 1]);
}
