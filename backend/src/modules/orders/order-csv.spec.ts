import { csvField, csvRecord } from './order-csv';

describe('order CSV', () => {
  it('leaves plain text alone and quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    expect(csvField('K7M2-9QXD')).toBe('K7M2-9QXD');
    expect(csvField('Smith, Jo')).toBe('"Smith, Jo"');
    expect(csvField('The "big" one')).toBe('"The ""big"" one"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+31 20 123')).toBe("'+31 20 123");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('=HYPERLINK("x","y")')).toBe(`"'=HYPERLINK(""x"",""y"")"`);
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['a', 'b,c', null])).toBe('a,"b,c",\r\n');
  });
});
