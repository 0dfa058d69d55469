// JSON.parse keeps the last of two equal keys in one object and says nothing, so a teacher who
// pastes a field twice would play with whichever came last. This finds every repeated key in a
// scenario file's text, with its path and lines, using jsonc-parser's scanner (it sees the keys as
// written, which a parsed object no longer can).

import { visit, type JSONPath } from 'jsonc-parser';

/** One key written more than once in the same object. */
export interface DuplicateKey {
  /** Path of the repeated key, as for validation messages (e.g. `['sides', 'th', 'start', 'pain']`). */
  path: JSONPath;
  /** 1-based line of the first and of the repeated occurrence. */
  firstLine: number;
  line: number;
}

/**
 * Every repeated key of the JSON `text`, in the order found, at most `limit` of them (the scan
 * stops there). Text that is not JSON gives whatever was found before the scanner lost its way;
 * check the text with JSON.parse first.
 */
export function duplicateKeys(text: string, limit = Infinity): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const open: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => { open.push(new Map()); },
    onObjectEnd: () => { open.pop(); },
    onObjectProperty: (property, _offset, _length, startLine, _startCharacter, pathSupplier) => {
      const keys = open[open.length - 1];
      if (!keys || found.length >= limit) return;
      const first = keys.get(property);
      if (first === undefined) keys.set(property, startLine + 1);
      else found.push({ path: [...pathSupplier(), property], firstLine: first, line: startLine + 1 });
    },
  }, { disallowComments: true, allowTrailingComma: false });
  return found;
}
