/*
 * How the question types pack their saved answers into the compact saved state (state/v3.js), each field in as few
 * bits as its range needs. Their widths are the compiler's (Questions/Types/*.cs, SavedStateBits): a test compares.
 */
import { savedState } from "../contract.js";
import { bitsToHold } from "../state/bits.js";

const UNIT = savedState.textUnitBits;

/** One of `values`, or "" (nothing): 0 for "", else its position + 1. */
export const oneOf = {
  bits: (values) => bitsToHold(values.length + 1),
  pack(values, answer, out) {
    out.write(answer === "" ? 0 : values.indexOf(answer) + 1, this.bits(values));
  },
  unpack(values, input) {
    const value = input.read(this.bits(values));
    return value >= 0 && value <= values.length ? (value === 0 ? "" : values[value - 1]) : null;
  }
};

/** Some of `values` (their characters, sorted, as choices.read gives them): a bit each. */
export const subsetOf = {
  bits: (values) => values.length,
  pack(values, answer, out) {
    values.forEach((value) => { out.write(answer.includes(value) ? 1 : 0, 1); });
  },
  unpack(values, input) {
    let answer = "";
    for (const value of values) {
      const bit = input.read(1);
      if (isNaN(bit)) return null;
      if (bit) answer += value;
    }
    return answer.split("").sort().join("");
  }
};

/** A text of at most `maxLength` UTF-16 units: its length, then each unit. */
export const text = {
  bits: (maxLength) => bitsToHold(maxLength + 1) + maxLength * UNIT,
  pack(maxLength, answer, out) {
    const kept = answer.slice(0, maxLength);
    out.write(kept.length, bitsToHold(maxLength + 1));
    for (let i = 0; i < kept.length; i++) out.write(kept.charCodeAt(i), UNIT);
  },
  unpack(maxLength, input) {
    const length = input.read(bitsToHold(maxLength + 1));
    if (!(length <= maxLength)) return null;
    let answer = "";
    for (let i = 0; i < length; i++) {
      const unit = input.read(UNIT);
      if (isNaN(unit)) return null;
      answer += String.fromCharCode(unit);
    }
    return answer;
  }
};

/** One field per position, each one of `values` or nothing (`empty` stands for it in the saved form): matching. */
export function listOf(values, empty) {
  const field = bitsToHold(values.length + 1);
  return {
    bits: (positions) => positions * field,
    pack(positions, answer, out) {
      for (let i = 0; i < positions; i++) {
        const c = answer.charAt(i);
        out.write(c === "" || c === empty ? 0 : values.indexOf(c) + 1, field);
      }
    },
    unpack(positions, input) {
      let answer = "";
      for (let i = 0; i < positions; i++) {
        const value = input.read(field);
        if (!(value <= values.length)) return null;
        answer += value === 0 ? empty : values[value - 1];
      }
      return answer;
    }
  };
}

/** An order of all of `values` (sequencing): which value stands at each position. */
export function orderOf(values) {
  const field = bitsToHold(values.length);
  return {
    bits: () => values.length * field,
    pack(answer, out) {
      for (let i = 0; i < values.length; i++) out.write(Math.max(values.indexOf(answer.charAt(i)), 0), field);
    },
    unpack(input) {
      let answer = "";
      for (let i = 0; i < values.length; i++) {
        const value = input.read(field);
        if (!(value < values.length)) return null;
        answer += values[value];
      }
      return answer.split("").sort().join("") === values.slice().sort().join("") ? answer : null;
    }
  };
}

/** A text of at most `maxLength` characters of `alphabet` (numeric answers): its length, then each one's position. */
export function textIn(alphabet) {
  const field = bitsToHold(alphabet.length), keep = (answer, maxLength) =>
    answer.split("").filter((c) => alphabet.includes(c)).join("").slice(0, maxLength);
  return {
    bits: (maxLength) => bitsToHold(maxLength + 1) + maxLength * field,
    pack(maxLength, answer, out) {
      const kept = keep(answer, maxLength);
      out.write(kept.length, bitsToHold(maxLength + 1));
      kept.split("").forEach((c) => { out.write(alphabet.indexOf(c), field); });
    },
    unpack(maxLength, input) {
      const length = input.read(bitsToHold(maxLength + 1));
      if (!(length <= maxLength)) return null;
      let answer = "";
      for (let i = 0; i < length; i++) {
        const value = input.read(field);
        if (!(value < alphabet.length)) return null;
        answer += alphabet.charAt(value);
      }
      return answer;
    }
  };
}
