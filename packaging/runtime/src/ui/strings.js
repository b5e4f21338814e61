/*
 * The interface texts (the course data's "strings", packaging/strings/<lang>.json): looked up by key, with {name}
 * placeholders filled. A missing key shows as the key itself.
 */

/**
 * @param {Document} doc
 * @param {Record<string, string>} strings
 */
export function createUi(doc, strings) {
  function text(key) {
    const value = strings[key];
    return typeof value === "string" ? value : key;
  }

  function format(key, values) {
    return text(key).replace(/\{(\w+)\}/g, (match, name) => (values && name in values ? String(values[name]) : match));
  }

  // Fills an element from a string: text values are isolated (<bdi>) in case their direction differs; numbers are
  // left in the run so that "85%" stays together.
  function fill(element, key, values) {
    element.textContent = "";
    text(key).split(/(\{\w+\})/).forEach((part) => {
      const name = /^\{(\w+)\}$/.exec(part);
      if (name && values && name[1] in values) {
        const value = values[name[1]];
        if (typeof value === "string") {
          const bdi = doc.createElement("bdi");
          bdi.textContent = value;
          element.appendChild(bdi);
        } else {
          element.appendChild(doc.createTextNode(String(value)));
        }
      } else if (part) {
        element.appendChild(doc.createTextNode(part));
      }
    });
    return element;
  }

  /** A new element, with a class and the text of a string when given. */
  function make(tag, className, key, values) {
    const element = doc.createElement(tag);
    if (className) element.className = className;
    if (key) fill(element, key, values);
    return element;
  }

  return { doc, text, format, fill, make };
}

/** A score for people: at most one decimal, never rounded up (69.96 is not shown as 70). */
export function shown(score) {
  return Math.floor(score * 10 + 1e-9) / 10;
}
