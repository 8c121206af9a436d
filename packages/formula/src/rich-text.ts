// Airtable's support article "Markdown rich text output in the API": the API reads and writes
// a rich text cell as Markdown, and "a formula with just rich text will result in just the
// text and line breaks". Following its example, headings, quotes, code fences, emphasis,
// strikethrough, inline code and links lose their markup, list and checkbox markers stay,
// and blank lines go.

const LINE_PREFIX = /^(?:#{1,6}\s+|>\s?|```)/;
const LINK = /\[([^\]]*)\]\(([^)\s]*)\)/g;
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const EMPHASIS_STAR = /\*(?=[^\s*])([^*]+?)(?<=\S)\*/g;
const EMPHASIS_UNDERSCORE = /(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g;
const STRIKE = /~~(?=\S)(.+?)(?<=\S)~~/g;
const CODE = /`([^`]*)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!~>|])/g;
// Escaped characters are set aside while markup is removed, then put back as plain text.
const HELD = /\uE000([0-9a-f]+)\uE001/g;

/** The plain text of an Airtable rich text (Markdown) cell, as formulas see it. */
export function richTextToPlain(markdown: string): string {
  const lines: string[] = [];
  for (const raw of markdown.split('\n')) {
    let line = raw
      .replace(ESCAPE, (_, ch: string) => `\uE000${ch.charCodeAt(0).toString(16)}\uE001`)
      .replace(LINE_PREFIX, '');
    if (line.endsWith('```')) line = line.slice(0, -3);
    line = line
      .replace(LINK, '$1')
      .replace(CODE, '$1')
      .replace(STRONG, '$2')
      .replace(STRIKE, '$1')
      .replace(EMPHASIS_STAR, '$1')
      .replace(EMPHASIS_UNDERSCORE, '$1$2')
      .replace(HELD, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
    if (line.trim() !== '') lines.push(line);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
