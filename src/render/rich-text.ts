import { isAllowedHref } from '../site/index.ts';
import { html, join, type SafeHtml } from '../markup/index.ts';

/**
 * The one sanitizer: rich text is a small Markdown subset, never HTML. Every character of the source reaches
 * the page escaped; the only elements that can appear are the ones built here (p, br, strong, em, a, ul, ol, li,
 * blockquote, h2–h4), and a link appears only when its target passes `isAllowedHref`. Markup typed into the
 * source shows as text.
 *
 * Blocks are separated by blank lines: `### Heading`, `#### Smaller heading`, `> quote`, `- item` / `* item`,
 * `1. item`, otherwise a paragraph (single line breaks become <br>). Inline: `**bold**`, `*italic*` or
 * `_italic_`, `[label](target)`.
 */
export interface RichTextOptions {
  /** The heading level `###` maps to (one below the section heading). */
  headingLevel: 2 | 3;
  resolveHref(target: string): string;
}

const INLINE = /\[([^\]\n]{1,500})\]\(([^)\s]{1,2000})\)|\*\*([^*\n]{1,2000}?)\*\*|\*([^*\n]{1,2000}?)\*|_([^_\n]{1,2000}?)_/;

function inline(text: string, options: RichTextOptions, depth = 0): SafeHtml {
  const parts: SafeHtml[] = [];
  let rest = text;
  while (rest.length > 0) {
    const match = depth < 4 ? INLINE.exec(rest) : null;
    if (!match) {
      parts.push(html`${rest}`);
      break;
    }
    if (match.index > 0) parts.push(html`${rest.slice(0, match.index)}`);
    const [whole, label, target, bold, star, underscore] = match;
    if (label !== undefined && target !== undefined) {
      parts.push(isAllowedHref(target) ? html`<a href="${options.resolveHref(target)}">${inline(label, options, depth + 1)}</a>` : inline(label, options, depth + 1));
    } else if (bold !== undefined) {
      parts.push(html`<strong>${inline(bold, options, depth + 1)}</strong>`);
    } else {
      parts.push(html`<em>${inline(star ?? underscore ?? '', options, depth + 1)}</em>`);
    }
    rest = rest.slice(match.index + whole.length);
  }
  return join(parts);
}

function lines(block: string, options: RichTextOptions): SafeHtml {
  return join(block.split('\n').map((line) => inline(line.trim(), options)), '<br>');
}

function heading(level: number, content: SafeHtml): SafeHtml {
  if (level <= 2) return html`<h2>${content}</h2>`;
  if (level === 3) return html`<h3>${content}</h3>`;
  return html`<h4>${content}</h4>`;
}

export function renderRichText(source: string, options: RichTextOptions): SafeHtml {
  const blocks = source.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((block) => block.trim()).filter((block) => block !== '');
  return join(
    blocks.map((block) => {
      const headingMatch = /^(#{1,4})\s+(.+)$/s.exec(block);
      if (headingMatch && !block.includes('\n')) {
        const depth = (headingMatch[1] ?? '###').length;
        return heading(options.headingLevel + Math.max(0, depth - 3), inline(headingMatch[2] ?? '', options));
      }
      const rows = block.split('\n');
      if (rows.every((row) => /^\s*[-*]\s+/.test(row))) {
        return html`<ul>${rows.map((row) => html`<li>${inline(row.replace(/^\s*[-*]\s+/, ''), options)}</li>`)}</ul>`;
      }
      if (rows.every((row) => /^\s*\d{1,3}[.)]\s+/.test(row))) {
        return html`<ol>${rows.map((row) => html`<li>${inline(row.replace(/^\s*\d{1,3}[.)]\s+/, ''), options)}</li>`)}</ol>`;
      }
      if (rows.every((row) => /^\s*>/.test(row))) {
        return html`<blockquote><p>${lines(rows.map((row) => row.replace(/^\s*>\s?/, '')).join('\n'), options)}</p></blockquote>`;
      }
      return html`<p>${lines(block, options)}</p>`;
    }),
    '\n',
  );
}
