// Pagefind's API as the search box uses it: the MkDocs hook copies this file into the bundle
// (site/pagefind/briefing/pagefind.js) and search.js points Pagefind UI at it.
// Everything is Pagefind's own module (the same instance, with its worker and merged parts), except
// preload: Pagefind UI preloads the index chunks for what is typed after every key, and for one or
// two letters that is every chunk whose words start with them, in every part: work that the word
// being typed does not need and that held up its search. A term that short is not preloaded (it is
// still searched if the typing stops there, and Pagefind then loads what it needs).
export * from "../pagefind.js";
import { preload as pagefindPreload } from "../pagefind.js";

export const PRELOAD_MIN_LENGTH = 3;

export function preload(term, options) {
  if (typeof term === "string" && term.trim().length < PRELOAD_MIN_LENGTH) return Promise.resolve();
  return pagefindPreload(term, options);
}
