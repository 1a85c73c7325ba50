import { chunkDocument } from './document-chunker';

describe('document chunker', () => {
  it('puts each markdown section under its heading', () => {
    const chunks = chunkDocument('Shipping', '# Shipping\n\nWe ship worldwide.\n\n## Costs\n\nFree over 60 euros.\nOtherwise 4.90.', 'markdown');
    expect(chunks).toEqual([
      { heading: 'Shipping', content: 'We ship worldwide.' },
      { heading: 'Costs', content: 'Free over 60 euros.\nOtherwise 4.90.' },
    ]);
  });

  it('uses the title for plain text, where # is just a character', () => {
    expect(chunkDocument('FAQ', '# not a heading\n\nAnswer.', 'text')).toEqual([{ heading: 'FAQ', content: '# not a heading\n\nAnswer.' }]);
  });

  it('splits long sections at sentence ends into quotable passages', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} explains one more detail of the policy.`).join(' ');
    const chunks = chunkDocument('Policy', body, 'text');
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.content.length).toBeLessThanOrEqual(1000);
      expect(chunk.content).toMatch(/\.$/);
    }
    expect(chunks.map((c) => c.content).join(' ')).toBe(body);
  });
});
