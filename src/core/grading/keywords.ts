/**
 * Rubric keyword entries as matchers. An entry is one idea; `|` separates synonyms (Chinese and
 * English) and simple regular-expression fragments are allowed. Matching is case-insensitive and
 * tolerant of spacing and hyphenation: "KV cache" also matches "kvcache", "KV-Cache" and "KV　Cache".
 */

export interface KeywordMatcher {
  /** The entry as written in the rubric. */
  entry: string;
  pattern: RegExp;
}

/** Turn literal spaces and hyphens of an entry into "optional separator". */
function tolerant(source: string): string {
  let out = '';
  let escaped = false;
  let inClass = false;
  for (const ch of source) {
    if (escaped) {
      out += ch;
      escaped = false;
    } else if (ch === '\\') {
      out += ch;
      escaped = true;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === ']') {
      inClass = false;
      out += ch;
    } else if (!inClass && (ch === ' ' || ch === '-')) {
      out += '[\\s\\-_]*';
    } else {
      out += ch;
    }
  }
  // "x ?" in an entry already means "optional x": drop our quantifier's leftover "?" duplicates.
  return out.replace(/\[\\s\\-_\]\*\?/g, '[\\s\\-_]*');
}

export function compileKeyword(entry: string): KeywordMatcher {
  const source = entry.normalize('NFKC').trim();
  try {
    return { entry, pattern: new RegExp(tolerant(source), 'giu') };
  } catch {
    // The content check rejects invalid patterns; fall back to a literal match here.
    return { entry, pattern: new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu') };
  }
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Every non-empty match of a keyword in an (already normalized) text. */
export function findAll(matcher: KeywordMatcher, text: string): Span[] {
  const spans: Span[] = [];
  matcher.pattern.lastIndex = 0;
  for (const m of text.matchAll(matcher.pattern)) {
    if (m[0].length === 0) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return spans;
}
