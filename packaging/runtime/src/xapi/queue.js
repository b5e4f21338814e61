/*
 * The statement queue in localStorage (civilsociety-scorm:xapi-queue:<course id>), and the registration kept per
 * course and learner. Releases before the contract used civil-scorm: keys; what they left is taken over once
 * (read, merged, removed), so that no statement queued before an upgrade is lost and a registration continues.
 */
import { keys, openStorage } from "../storage.js";

function parse(text, fallback) {
  try { return text ? JSON.parse(text) : fallback; } catch { return fallback; }
}

/**
 * JSON values in localStorage.
 * @returns {{load: (key: string, fallback: any) => any, save: (key: string, value: any) => boolean,
 *            remove: (key: string) => void, read: (key: string) => string}}
 */
export function openJsonStorage(win) {
  const text = openStorage(win);
  return {
    load: (key, fallback) => parse(text.read(key), fallback),
    save: (key, value) => text.write(key, JSON.stringify(value)),
    remove: text.remove,
    read: text.read
  };
}

/** The queued statements of a course, with those a release before the contract queued put first. */
export function takeQueue(store, courseId) {
  const key = keys.xapiQueue(courseId), legacyKey = keys.legacyXapiQueue(courseId);
  let queue = store.load(key, []);
  if (!Array.isArray(queue)) queue = [];
  const legacyText = store.read(legacyKey);
  if (legacyText) {
    const legacy = parse(legacyText, []), queued = queue.map((s) => s && s.id);
    if (Array.isArray(legacy)) queue = legacy.filter((s) => s && !queued.includes(s.id)).concat(queue);
    if (store.save(key, queue)) store.remove(legacyKey);
  }
  return queue;
}

/** The registration this browser kept for the course and learner (a release before the contract's, else null). */
export function keptRegistration(store, courseId, studentId, isValid) {
  const kept = store.load(keys.xapiRegistration(courseId, studentId), null);
  return isValid(kept) ? kept : store.load(keys.legacyXapiRegistration(courseId, studentId), null);
}

export function keepRegistration(store, courseId, studentId, registration) {
  if (store.save(keys.xapiRegistration(courseId, studentId), registration)) {
    store.remove(keys.legacyXapiRegistration(courseId, studentId));
  }
}
