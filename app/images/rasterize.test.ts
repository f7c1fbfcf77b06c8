import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { shareCardSvg, SHARE_CARD } from '../../lib/share-card';
import { FONT_FILES, rasterize } from './rasterize';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG signature');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The RGBA pixels of one line of text drawn with the shipped font, as rasterize draws it. */
function pixels(text: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="48"><rect width="100%" height="100%" fill="#fff"/><text x="8" y="34" font-size="28" font-family="'Noto Sans KR'">${text}</text></svg>`;
  return new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans KR' } }).render().pixels;
}

const inked = (rgba: Buffer) => {
  let n = 0;
  for (let i = 0; i < rgba.length; i += 4) if (rgba[i] < 128) n++;
  return n;
};

describe('rasterize', () => {
  it('draws Korean with the shipped font, not as missing-glyph boxes', () => {
    const korean = pixels('딥시크 점유율');
    // Private-use code points: no font has them, so they come out as the .notdef glyph (or nothing).
    const missing = pixels('\ue000\ue001\ue002 \ue003\ue004\ue005');
    assert.ok(inked(korean) > 300, `Korean left ink (${inked(korean)} dark pixels)`);
    assert.notDeepEqual(korean, missing, 'Korean is drawn differently from glyphs the font lacks');
    assert.notDeepEqual(pixels('딥시크'), pixels('시크딥'), 'each syllable is its own glyph');
  });

  it('makes a PNG of the SVG’s size, or of a multiple of it', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text x="10" y="50">벨라루스 56%</text></svg>';
    assert.deepEqual(pngSize(rasterize(svg)), [300, 100]);
    assert.deepEqual(pngSize(rasterize(svg, 2)), [600, 200]);
  });

  it('makes share cards of exactly 1200 × 630', () => {
    const card = shareCardSvg({ title: '딥시크 V3 개발비', figure: 'US$5.576 million', lines: ['Stated as “557만6000달러”'], source: 'Source: whytimes.kr', url: 'https://cited.example/metrics/x', tagline: 'every number carries its source' });
    assert.deepEqual(pngSize(rasterize(card)), [SHARE_CARD.width, SHARE_CARD.height]);
  });
});
