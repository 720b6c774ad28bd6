// Exports of the real bank: an Anki deck that Anki's text importer reads as documented (file
// headers, tab separator, quoted fields, GUID/deck/tags columns), math as MathJax, Markdown.
import { describe, expect, it } from 'vitest';
import { ankiField, ankiTsv, markdownToAnkiHtml } from '../../src/export/anki.ts';
import { markdownExport } from '../../src/export/markdown.ts';
import { SelectionError, selectQuestions } from '../../src/export/select.ts';
import { realCatalog } from '../helpers/bundle.ts';

/** Anki's reader for a tab-separated file with quoting: rows of fields, header lines apart. */
function parseAnki(text: string): { headers: Map<string, string>; rows: string[][] } {
  const headers = new Map<string, string>();
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    if (line.startsWith('#')) {
      const [k, ...v] = line.slice(1).split(':');
      headers.set(k!, v.join(':'));
      continue;
    }
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let j = i + 1;
        let value = '';
        for (;;) {
          const q = line.indexOf('"', j);
          if (q < 0) throw new Error(`unterminated quote in ${line.slice(0, 80)}`);
          value += line.slice(j, q);
          if (line[q + 1] === '"') {
            value += '"';
            j = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        fields.push(value);
        if (i < line.length && line[i] !== '\t') throw new Error('text after a closing quote');
        i++;
      } else {
        const tab = line.indexOf('\t', i);
        const end = tab < 0 ? line.length : tab;
        const value = line.slice(i, end);
        if (value.includes('"'))
          throw new Error(`bare quote in an unquoted field: ${value.slice(0, 60)}`);
        fields.push(value);
        i = end + 1;
      }
    }
    rows.push(fields);
  }
  return { headers, rows };
}

describe('Anki export', () => {
  const catalog = realCatalog();

  it("follows Anki's text-import format: headers, five columns, unique stable GUIDs", () => {
    const questions = selectQuestions(catalog, { track: 'backend' });
    const { headers, rows } = parseAnki(ankiTsv(catalog, questions));
    expect(Object.fromEntries(headers)).toEqual({
      separator: 'tab',
      html: 'true',
      notetype: 'Basic',
      columns: 'GUID\tDeck\tFront\tBack\tTags',
      'guid column': '1',
      'deck column': '2',
      'tags column': '5',
    });
    expect(rows).toHaveLength(questions.length);
    for (const r of rows) expect(r).toHaveLength(5);
    const guids = rows.map((r) => r[0]);
    expect(new Set(guids).size).toBe(rows.length);
    expect(guids[0]).toBe(`aigc-interview:${questions[0]!.id}`);
    // A second export gives the same GUIDs: re-importing updates rather than duplicates.
    const again = parseAnki(ankiTsv(catalog, questions)).rows.map((r) => r[0]);
    expect(again).toEqual(guids);
  });

  it('makes one deck per section and tags each note with its outline points', () => {
    const { rows } = parseAnki(ankiTsv(catalog, selectQuestions(catalog, { track: 'backend' })));
    const decks = new Set(rows.map((r) => r[1]));
    const backend = catalog.bundle.outline.tracks.find((t) => t.id === 'backend')!;
    expect(decks).toEqual(
      new Set(backend.sections.map((s) => `AIGC 面试训练营::${backend.title}::${s.title}`)),
    );
    const q = catalog.byId.get(rows[0]![0]!.replace('aigc-interview:', ''))!;
    expect(rows[0]![4]!.split(' ')).toEqual([
      'aigc::backend',
      ...q.points.map((p) => p.replace(/\./g, '::')),
    ]);
    for (const r of rows) expect(r[4]).not.toMatch(/\s{2}|\t/);
  });

  it('turns $…$ and $$…$$ into MathJax delimiters and leaves code alone', () => {
    expect(markdownToAnkiHtml('显存 $2 \\cdot n_{layers} \\cdot d$ 字节')).toBe(
      '<p>显存 \\(2 \\cdot n_{layers} \\cdot d\\) 字节</p>',
    );
    expect(markdownToAnkiHtml('$$\\frac{QK^T}{\\sqrt{d_k}}$$')).toBe(
      '<p>\\[\\frac{QK^T}{\\sqrt{d_k}}\\]</p>',
    );
    expect(markdownToAnkiHtml('`echo $HOME` costs $5 and $6')).toContain('<code>echo $HOME</code>');
    expect(markdownToAnkiHtml('a $x<y$ b')).toBe('<p>a \\(x&lt;y\\) b</p>');
    // On the real bank: every quick answer with math comes out with delimiters and no stray $…$.
    const withMath = catalog.questions
      .filter((q) => /\$[^$\s][^$]*\$/.test(q.quickAnswer))
      .slice(0, 40);
    expect(withMath.length).toBeGreaterThan(5);
    for (const q of withMath) {
      const html = markdownToAnkiHtml(q.quickAnswer);
      expect(html, q.id).toMatch(/\\\(|\\\[/);
    }
  });

  it('keeps fields on one line and quotes fields holding quotes', () => {
    expect(ankiField('a\tb\nc')).toBe('a    b c');
    expect(ankiField('<pre>x\ny</pre>')).toBe('<pre>x<br>y</pre>');
    expect(ankiField('say "hi"')).toBe('"say ""hi"""');
  });

  it('selects by role and explains a bad selection', () => {
    expect(selectQuestions(catalog, { role: 'backend' }).length).toBeGreaterThan(100);
    expect(() => selectQuestions(catalog, { section: 'cooking' })).toThrow(SelectionError);
    expect(() => selectQuestions(catalog, { section: 'cooking' })).toThrow(/backend\.serving/);
    expect(() => selectQuestions(catalog, { track: 'backend', role: 'vision' })).toThrow(/one of/);
  });
});

describe('Markdown export', () => {
  const catalog = realCatalog();
  it('groups a section by point with quick answers, rubrics and follow-ups', () => {
    const questions = selectQuestions(catalog, { section: 'backend.serving' });
    const md = markdownExport(catalog, questions, { title: '推理服务' });
    expect(md.startsWith('# 推理服务\n')).toBe(true);
    expect(md.match(/^#### /gm)).toHaveLength(questions.length);
    expect(md).toContain('**30 秒回答**');
    expect(md).toContain('**评分要点**');
    expect(md).not.toContain('<details>');
    expect(
      markdownExport(catalog, questions.slice(0, 2), { title: 'x', withBody: true }),
    ).toContain('<details>');
  });
});
