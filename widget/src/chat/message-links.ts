export interface TextPart {
  text: string;
  /** Set when the part is a link; only http(s) addresses become links. */
  href?: string;
}

// `[label](https://…)` as written by the assistant, or a bare https:// address.
const LINK_PATTERN = /\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>"']+)/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** Splits message text into plain runs and links so product and checkout links are clickable. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let cursor = 0;
  const push = (part: TextPart) => {
    if (!part.text) return;
    const previous = parts[parts.length - 1];
    if (previous && !previous.href && !part.href) previous.text += part.text;
    else parts.push(part);
  };
  for (const match of text.matchAll(LINK_PATTERN)) {
    const start = match.index ?? 0;
    push({ text: text.slice(cursor, start) });
    const [whole, label, labelledHref, bareHref] = match;
    if (label !== undefined && labelledHref !== undefined) {
      push({ text: label, href: labelledHref });
      cursor = start + whole.length;
    } else if (bareHref !== undefined) {
      const href = bareHref.replace(TRAILING_PUNCTUATION, '');
      push({ text: href, href });
      cursor = start + href.length;
    }
  }
  push({ text: text.slice(cursor) });
  return parts;
}
