import { describe, expect, it } from 'vitest';
import { decodeEntities, plainText } from './plain-text.ts';

describe('plainText', () => {
  it('turns XHTML blocks into paragraphs and drops inline markup', () => {
    expect(plainText('<p>One <em>two</em>\n   three.</p>\n<p>Four<br/>five</p>', '05')).toBe('One two three.\n\nFour\nfive');
    expect(plainText('<ul><li>a</li><li>b</li></ul>', '05')).toBe('a\n\nb');
  });

  it('unescapes HTML sent as text, once or twice escaped', () => {
    expect(plainText('&lt;p&gt;Caf&amp;eacute;&lt;/p&gt;&lt;p&gt;Bar&lt;/p&gt;', '02')).toBe('Café\n\nBar');
    expect(plainText('&amp;lt;p&amp;gt;Deep&amp;lt;/p&amp;gt;', null)).toBe('Deep');
  });

  it('keeps the line breaks of plain text and trims the rest', () => {
    expect(plainText('  First line\n  second line\n\n\n\nNew paragraph  \n', '06')).toBe('First line\nsecond line\n\nNew paragraph');
    expect(plainText('XXX\n      ', null)).toBe('XXX');
  });

  it('leaves a lone "<" or "&" alone', () => {
    expect(plainText('a < b & c > d', '06')).toBe('a < b & c > d');
    expect(plainText('Tom &amp; Jerry', '06')).toBe('Tom & Jerry');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and keeps unknown ones', () => {
    expect(decodeEntities('&eacute;&#233;&#xE9;&nbsp;&bogus;&#0;')).toBe('ééé\u00A0&bogus;&#0;');
  });
});
