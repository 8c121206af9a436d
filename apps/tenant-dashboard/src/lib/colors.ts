// Airtable's choice colours (blueBright, redLight2, …) as calm chip colours: a tinted
// background with readable text of the same hue.
const HUES: Record<string, { bg: string; fg: string; strong: string }> = {
  blue: { bg: '#e3edfd', fg: '#1d4f91', strong: '#cfe0fb' },
  cyan: { bg: '#dff4f8', fg: '#0b5c6b', strong: '#c4ebf3' },
  teal: { bg: '#dcf3ef', fg: '#0f5e52', strong: '#c1e9e2' },
  green: { bg: '#e2f4e4', fg: '#1f6329', strong: '#c9ebcd' },
  yellow: { bg: '#fcf3cf', fg: '#7a5a00', strong: '#f8e7a6' },
  orange: { bg: '#fde9da', fg: '#8a3c0c', strong: '#fbd6bb' },
  red: { bg: '#fde4e4', fg: '#9b1c1c', strong: '#fbcaca' },
  pink: { bg: '#fce6f1', fg: '#8c1d56', strong: '#f9cde3' },
  purple: { bg: '#eee7fb', fg: '#4c2a8f', strong: '#ddd0f7' },
  gray: { bg: '#eceef1', fg: '#3f4652', strong: '#dde0e5' },
};

/** Background and text colour for a choice's Airtable colour name (gray when unknown). */
export function chipColors(color: string | undefined): { background: string; color: string } {
  const match =
    /^(blue|cyan|teal|green|yellow|orange|red|pink|purple|gray)(Light[12]|Bright|Dark1)?$/.exec(
      color ?? '',
    );
  const hue = HUES[match?.[1] ?? 'gray']!;
  const strong = match?.[2] === 'Bright' || match?.[2] === 'Dark1';
  return { background: strong ? hue.strong : hue.bg, color: hue.fg };
}

/** A stable colour for a person's avatar, from their id or name. */
export function avatarColors(key: string): { background: string; color: string } {
  const names = Object.keys(HUES).filter((h) => h !== 'gray');
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = HUES[names[hash % names.length]!]!;
  return { background: hue.strong, color: hue.fg };
}
