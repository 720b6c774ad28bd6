/**
 * Markdown rendering, done once at build time: KaTeX turns math into HTML (no math library
 * reaches the browser), Shiki highlights code with colours the app's light and dark themes set, and raw HTML in
 * content is escaped rather than passed through.
 */
import { fromHighlighter } from '@shikijs/markdown-it/core';
import katexModule from '@vscode/markdown-it-katex';
import katex from 'katex';
import markdownit, { type MarkdownIt } from 'markdown-it';
import { createCssVariablesTheme, createHighlighter } from 'shiki';

/** Languages a code block may name; `cuda` is highlighted as C++. */
export const CODE_LANGUAGES = [
  'python',
  'cpp',
  'c',
  'bash',
  'shell',
  'yaml',
  'json',
  'typescript',
  'javascript',
  'sql',
  'dockerfile',
  'diff',
  'toml',
  'ini',
  'go',
  'rust',
  'java',
  'cmake',
  'makefile',
  'proto',
  'text',
] as const;
const LANGUAGE_ALIASES: Record<string, string> = { cuda: 'cpp', sh: 'bash', py: 'python' };

export function isKnownLanguage(lang: string): boolean {
  return (CODE_LANGUAGES as readonly string[]).includes(lang) || lang in LANGUAGE_ALIASES;
}

export interface Renderer {
  /** Render a block of Markdown (the deep answer). */
  block(markdown: string): string;
  /** Render one paragraph of Markdown without the surrounding <p>. */
  inline(markdown: string): string;
  /** The underlying parser, for checks that walk tokens. */
  md: MarkdownIt;
}

// The plugin is CommonJS with `exports.default`; under ESM the default import is the exports object.
const katexPlugin = ((katexModule as { default?: unknown }).default ?? katexModule) as never;

let shared: Promise<Renderer> | undefined;

/** The renderer is expensive to create (Shiki loads grammars); create it once per process. */
export function getRenderer(): Promise<Renderer> {
  shared ??= createRenderer();
  return shared;
}

async function createRenderer(): Promise<Renderer> {
  // One tokenization per code block, coloured by CSS variables that the light and dark themes of
  // the app define (styles.css): half the build time of two inline themes.
  const theme = createCssVariablesTheme({ name: 'aigc', variablePrefix: '--sk-', fontStyle: true });
  const highlighter = await createHighlighter({
    themes: [theme],
    langs: CODE_LANGUAGES.filter((l) => l !== 'text'),
    langAlias: LANGUAGE_ALIASES,
  });
  const md = markdownit({ html: false, linkify: true, typographer: false });
  // A formula the check just rendered is not rendered again.
  const memoKatex = {
    renderToString: (tex: string, opts: { displayMode?: boolean }) =>
      takeCheckedMath(tex, !!opts.displayMode) ?? katex.renderToString(tex, opts),
  };
  md.use(katexPlugin, { katex: memoKatex, throwOnError: false, output: 'html' } as never);
  md.use(
    fromHighlighter(highlighter as never, {
      theme: 'aigc',
      fallbackLanguage: 'text' as never,
    }),
  );
  // Links in content open in a new tab and never carry the referrer.
  const defaultLinkOpen =
    md.renderer.rules.link_open ??
    ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules.link_open = (tokens, idx, opts, env, self) => {
    const token = tokens[idx]!;
    const href = String(token.attrGet('href') ?? '');
    if (/^https?:/i.test(href)) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return defaultLinkOpen(tokens, idx, opts, env, self);
  };
  return {
    md,
    block: (src) => md.render(src),
    inline: (src) => md.renderInline(src),
  };
}

/**
 * HTML of formulas the check rendered, waiting for the renderer, which takes each one out: a field
 * is checked and then rendered, so this holds at most one field's formulas, in watch mode too.
 */
const checkedMath = new Map<string, string>();
const mathKey = (tex: string, displayMode: boolean) => `${displayMode ? 'D' : 'I'}${tex}`;

function takeCheckedMath(tex: string, displayMode: boolean): string | undefined {
  const key = mathKey(tex, displayMode);
  const html = checkedMath.get(key);
  checkedMath.delete(key);
  return html;
}

/** KaTeX's parse error for a formula, or undefined when it parses. */
export function mathError(tex: string, displayMode: boolean): string | undefined {
  const key = mathKey(tex, displayMode);
  if (checkedMath.has(key)) return undefined;
  try {
    // The same options as the renderer's, so the HTML can be reused.
    checkedMath.set(
      key,
      katex.renderToString(tex, {
        displayMode,
        throwOnError: true,
        strict: 'ignore',
        output: 'html',
      }),
    );
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message.replace(/^KaTeX parse error: /, '') : String(e);
  }
}
