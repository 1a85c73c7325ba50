import { parseCsv } from './intent-csv';

describe('parseCsv', () => {
  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('utterance,intent\n"hi, there","greeting"\n"say ""hi""\nplease",greeting\n')).toEqual([
      ['utterance', 'intent'],
      ['hi, there', 'greeting'],
      ['say "hi"\nplease', 'greeting'],
    ]);
  });

  it('accepts CRLF line endings and a last line without a newline', () => {
    expect(parseCsv('a,b\r\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});
