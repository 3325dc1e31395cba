// Uploaded pictures:
// - making the variants of a 12-megapixel phone photo (AVIF, WebP and JPEG at 480–2400 px), against the yardstick
//   of one plain resize to 1600 px as JPEG — the least any upload path must do — measured in the same run;
// - what a phone loads for a home page with that photo as its hero: HTML, CSS and the picture the browser picks at
//   375 px wide and a 2× screen (brotli for text, as the site server sends it), and the web font files the page
//   asks for: the latin file of each face the stylesheet uses (latin-ext too if the page shows such a letter).
import { brotliCompressSync } from 'node:zlib';
import sharp from 'sharp';
import { makeVariants } from '../src/assets/index.ts';
import { createFontFiles } from '../src/publish/index.ts';
import { render, usedFontFiles } from '../src/render/index.ts';
import type { ImageAssets, Site } from '../src/site/index.ts';
import { cameraPhoto } from '../test/support/test-images.ts';
import { sampleSite } from '../test/support/sample-site.ts';
import { median } from './measure.ts';

async function timed(task: () => Promise<unknown>, runs: number): Promise<number[]> {
  await task();
  const timings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now();
    await task();
    timings.push(performance.now() - start);
  }
  return timings.sort((a, b) => a - b);
}

export async function benchImages(): Promise<void> {
  const photo = await cameraPhoto(4000, 3000);
  const variants = await timed(() => makeVariants(photo, 'IMG_0001.JPG'), 3);
  const yardstick = await timed(() => sharp(photo).rotate().resize({ width: 1600 }).jpeg({ quality: 80 }).toBuffer(), 3);
  console.log(`\nPicture variants of a 12 MP photo (${(photo.length / 1024 / 1024).toFixed(1)} MB JPEG → 12 files: AVIF, WebP, JPEG at 480/960/1600/2400 px)`);
  console.log(`  median ${(median(variants) / 1000).toFixed(2)} s   (goal < 2 s)   yardstick, one JPEG at 1600 px: ${(median(yardstick) / 1000).toFixed(2)} s → ${(median(variants) / median(yardstick)).toFixed(1)}×`);

  const image = await makeVariants(photo, 'IMG_0001.JPG');
  const images: ImageAssets = { hero: { width: image.width, height: image.height, dominantColor: image.dominantColor, files: image.variants.map((variant) => ({ url: `/assets/${variant.width}.${variant.format}`, format: variant.format, width: variant.width })) } };
  const site: Site = sampleSite();
  const home = site.pages[0]!;
  const hero = { id: 'bench-hero', type: 'hero', visible: true, props: { variant: 'split', heading: 'Bread worth getting up for', image: { src: 'asset:hero', alt: 'Loaves on the counter', width: 1200, height: 800 } } };
  home.sections.unshift(hero as unknown as (typeof home.sections)[number]);
  const files = render(site, { images });
  const html = brotliCompressSync(files.get('index.html')!).length;
  const css = brotliCompressSync([...files].find(([path]) => path.endsWith('.css'))![1]).length;
  // At 375 CSS px on a 2× screen the hero (100vw below 60rem) needs 750 px: the browser takes the first AVIF at least that wide.
  const chosen = image.variants.filter((variant) => variant.format === 'avif').find((variant) => variant.width >= 750)!;
  // Fonts: woff2 is compressed already; latin-ext (unicode-range) only when the page's text needs it.
  const needsLatinExt = /[\u0100-\u02ff\u1e00-\u1eff]/.test(files.get('index.html')!);
  const fontFiles = createFontFiles();
  const requested = usedFontFiles(site.theme).filter((file) => needsLatinExt || !file.includes('-latin-ext-'));
  const fonts = (await Promise.all(requested.map((file) => fontFiles.read(file)))).reduce((sum, font) => sum + (font?.bytes.length ?? 0), 0);
  const total = html + css + chosen.bytes.length + fonts;
  const families = `${site.theme.fonts.heading} ${site.theme.headingWeight} / ${site.theme.fonts.body}`;
  console.log('\nA photo-hero home page at 375 px (2× screen): what the phone downloads');
  console.log(`  HTML ${(html / 1024).toFixed(1)} KB + CSS ${(css / 1024).toFixed(1)} KB + hero ${chosen.width} px AVIF ${(chosen.bytes.length / 1024).toFixed(1)} KB + ${requested.length} font files (${families}) ${(fonts / 1024).toFixed(1)} KB = ${(total / 1024).toFixed(1)} KB   (goal < 300 KB)`);
}
