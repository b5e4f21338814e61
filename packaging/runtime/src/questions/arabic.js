/*
 * Arabic folding for typed answers (fill-in with normalizeArabic): tashkeel (U+064B–U+0652) and the superscript
 * alef (U+0670) and tatweel (U+0640) are removed; أ إ آ ٱ become ا, ة becomes ه, ى becomes ي, ؤ becomes و, ئ
 * becomes ي.
 */
export function foldArabic(s) {
  return s.replace(/[\u064B-\u0652\u0670\u0640]/g, "").replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
    .replace(/\u0629/g, "\u0647").replace(/\u0649/g, "\u064A").replace(/\u0624/g, "\u0648").replace(/\u0626/g, "\u064A");
}
