import { describe, expect, it } from 'vitest';
import { coverSvg, type CoverInput } from './cover-svg.ts';
import { productForms } from './product.ts';

const sult: CoverInput = { title: 'Sult', contributor: 'Knut Hamsun', form: 'book', isbn: '9788205000001', seriesName: null };

/** The element names in the SVG, in order (a well-formedness check without a DOM). */
function elements(svg: string): string[] {
  return [...svg.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1] as string);
}
function titleLines(svg: string): string[] {
  const group = /<g fill="[^"]+" font-family="Georgia[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
  return [...group.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1] as string);
}
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

describe('coverSvg', () => {
  it('draws a 2:3 image with an accessible name', () => {
    const svg = coverSvg({ ...sult, formLabel: 'bok' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 200 300" width="200" height="300" role="img" aria-label="Sult, Knut Hamsun, bok">/);
    expect(svg).toContain('<title>Sult, Knut Hamsun, bok</title>');
    expect(svg).toContain('>Knut Hamsun</text>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('escapes every text, so a title cannot inject markup', () => {
    const svg = coverSvg({
      title: '<script>alert("x")</script> & Co',
      contributor: 'Tom & <b>Jerry</b>',
      form: 'ebook',
      isbn: '9788205000018',
      seriesName: '"Serie" & <i>mer</i>',
      formLabel: 'e-bok <svg>',
    });
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(svg).toContain('Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;');
    expect(elements(svg).every((name) => ['svg', 'title', 'rect', 'g', 'text', 'path', 'circle'].includes(name))).toBe(true);
    // Every & starts an entity.
    expect(svg.match(/&(?!(amp|lt|gt|quot);)/g)).toBeNull();
  });

  it('is the same for the same product and differs between products', () => {
    expect(coverSvg(sult)).toBe(coverSvg({ ...sult }));
    const backgrounds = new Set(
      Array.from({ length: 20 }, (_, i) => /<rect width="200" height="300" fill="(#[0-9a-f]{6})"/.exec(coverSvg({ ...sult, isbn: `97882050000${10 + i}` }))?.[1]),
    );
    expect(backgrounds.size).toBeGreaterThan(15);
  });

  it('keeps its text readable on every background (WCAG contrast ≥ 4.5)', () => {
    for (let i = 0; i < 500; i++) {
      const svg = coverSvg({ ...sult, isbn: String(9788200000000 + i * 7919) });
      const background = /<rect width="200" height="300" fill="(#[0-9a-f]{6})"/.exec(svg)?.[1] as string;
      const ink = /<g fill="(#[0-9a-f]{6})" font-family="Georgia/.exec(svg)?.[1] as string;
      expect(contrast(background, ink)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('wraps a long title on at most five lines and ends a cut one with an ellipsis', () => {
    const short = titleLines(coverSvg({ ...sult, title: 'Harry Potter og de vises stein' }));
    expect(short.length).toBeGreaterThan(1);
    expect(short.join(' ')).toBe('Harry Potter og de vises stein');

    const long = titleLines(coverSvg({ ...sult, title: 'Fortellinger fra et langt liv ved havet, med brev og dikt fra fyrvokterens dagbøker og mange andre ting som ikke får plass' }));
    expect(long).toHaveLength(5);
    expect(long.at(-1)).toMatch(/…$/);

    const oneWord = titleLines(coverSvg({ ...sult, title: 'Donaudampfschifffahrtsgesellschaftskapitänsmütze' }));
    expect(oneWord.length).toBeGreaterThan(1);
    // 17 px Georgia is about 10.5 px a character: 16 characters fill the 168 px the title has.
    expect(oneWord.every((line) => line.length <= 16)).toBe(true);
  });

  it('shows the series and leaves out what is missing', () => {
    expect(coverSvg({ ...sult, seriesName: 'Harry Potter' })).toContain('>HARRY POTTER</text>');
    const bare = coverSvg({ ...sult, contributor: null });
    expect(bare).not.toContain('Knut Hamsun');
    expect(bare).toContain('aria-label="Sult"');
  });

  it('marks each form with its own icon, and with the caller’s word for it', () => {
    const badges = productForms.map((form) => /<g transform="translate\(\d+ 276\)">.*<\/g>/.exec(coverSvg({ ...sult, form }))?.[0]);
    expect(new Set(badges).size).toBe(productForms.length);
    expect(coverSvg({ ...sult, form: 'audiobook', formLabel: 'lydbok' })).toContain('>lydbok</text>');
  });
});
