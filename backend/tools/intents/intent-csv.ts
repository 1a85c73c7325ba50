import { readFileSync } from 'node:fs';

/** One row of a file in the bitext format: utterance,intent,category,tags. */
export interface LabelledUtterance {
  utterance: string;
  intent: string;
  category: string;
  /** Language-variation tags, e.g. "BLQZ": Q colloquial, Z typos, K keyword-only. */
  tags: string;
}

/** Reads a CSV file in the bitext format (RFC 4180 quoting, header row required). */
export function readIntentCsv(path: string): LabelledUtterance[] {
  const [header, ...records] = parseCsv(readFileSync(path, 'utf8'));
  if (!header) {
    return [];
  }
  const column = (name: string): number => {
    const index = header.indexOf(name);
    if (index < 0 && name !== 'category' && name !== 'tags') {
      throw new Error(`${path}: missing column "${name}"`);
    }
    return index;
  };
  const [utterance, intent, category, tags] = ['utterance', 'intent', 'category', 'tags'].map(column);
  return records
    .filter((record) => record.length > 1 || (record[0] ?? '').trim() !== '')
    .map((record) => ({
      utterance: record[utterance] ?? '',
      intent: (record[intent] ?? '').trim(),
      category: category >= 0 ? (record[category] ?? '') : '',
      tags: tags >= 0 ? (record[tags] ?? '') : '',
    }));
}

export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') {
        i++;
      }
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
