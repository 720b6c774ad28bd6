/**
 * Rendering of users' own Markdown (notes, project stories): math with KaTeX, no raw HTML, and only
 * http(s), mailto and in-app links. Everything a user types is treated as hostile.
 */
import katexModule from '@vscode/markdown-it-katex';
import katex from 'katex';
import markdownit from 'markdown-it';

const katexPlugin = ((katexModule as { default?: unknown }).default ?? katexModule) as never;

const md = markdownit({ html: false, linkify: true, typographer: false });
md.use(katexPlugin, {
  katex,
  throwOnError: false,
  output: 'html',
  trust: false,
  maxExpand: 200,
  maxSize: 20,
} as never);

const SAFE_LINK = /^(https?:|mailto:|\/|#)/i;
md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
const defaultLinkOpen =
  md.renderer.rules.link_open ??
  ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
md.renderer.rules.link_open = (tokens, idx, opts, env, self) => {
  const token = tokens[idx]!;
  if (/^https?:/i.test(String(token.attrGet('href') ?? ''))) {
    token.attrSet('target', '_blank');
    token.attrSet('rel', 'noopener noreferrer nofollow');
  }
  return defaultLinkOpen(tokens, idx, opts, env, self);
};
// Images would load from anywhere: show their alt text as a link instead.
md.renderer.rules.image = (tokens, idx) => {
  const token = tokens[idx]!;
  const src = String(token.attrGet('src') ?? '');
  const alt = md.utils.escapeHtml(token.content || src);
  return SAFE_LINK.test(src)
    ? `<a href="${md.utils.escapeHtml(src)}" rel="noopener noreferrer nofollow" target="_blank">🖼 ${alt}</a>`
    : alt;
};

export function renderUserMarkdown(source: string): string {
  return md.render(source);
}
