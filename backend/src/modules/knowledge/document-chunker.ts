/** One passage of a document with the heading it sits under. */
export interface DocumentChunk {
  heading: string;
  content: string;
}

const TARGET_CHARS = 700;
const MAX_CHARS = 1000;

/**
 * Splits a markdown or plain-text document into passages of a few sentences, each under the
 * nearest heading, so a retrieved passage can be quoted whole and still say what it is about.
 */
export function chunkDocument(title: string, body: string, format: 'markdown' | 'text'): DocumentChunk[] {
  const chunks: DocumentChunk[] = [];
  let heading = title;
  let buffer: string[] = [];
  const flush = () => {
    const content = buffer.join('\n\n').trim();
    if (content) chunks.push(...splitLong(heading, content));
    buffer = [];
  };
  const blocks = body.replace(/\r\n?/g, '\n').split(/\n\s*\n/);
  for (const block of blocks) {
    const lines = block.split('\n');
    const rest: string[] = [];
    for (const line of lines) {
      const match = format === 'markdown' ? /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(line) : null;
      if (match) {
        if (rest.length) buffer.push(rest.splice(0).join('\n'));
        flush();
        heading = match[1].trim().slice(0, 200);
      } else {
        rest.push(line);
      }
    }
    if (rest.join('').trim()) buffer.push(rest.join('\n'));
    if (buffer.join('\n\n').length >= TARGET_CHARS) flush();
  }
  flush();
  return chunks;
}

function splitLong(heading: string, content: string): DocumentChunk[] {
  if (content.length <= MAX_CHARS) return [{ heading, content }];
  const sentences = content.match(/[^.!?\n]+(?:[.!?]+|\n|$)/g) ?? [content];
  const parts: DocumentChunk[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > TARGET_CHARS) {
      parts.push({ heading, content: current.trim() });
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) parts.push({ heading, content: current.trim() });
  return parts;
}
