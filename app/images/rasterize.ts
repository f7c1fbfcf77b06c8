import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/**
 * SVG to PNG, with a font shipped in an npm package (Noto Sans KR, SIL Open Font License): the
 * machine's own fonts are never used, so Korean renders as Korean where no CJK font is installed,
 * and the image is the same on every machine.
 */
const fontFolder = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-kr');
export const FONT_FILES = [
  path.join(fontFolder, '400Regular', 'NotoSansKR_400Regular.ttf'),
  path.join(fontFolder, '700Bold', 'NotoSansKR_700Bold.ttf'),
];

/** A PNG of the SVG, `scale` times its own size (2 keeps text sharp on slides and high-density screens). */
export function rasterize(svg: string, scale = 1): Buffer {
  const renderer = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans KR' },
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
  });
  return renderer.render().asPng();
}
