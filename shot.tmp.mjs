import { chromium } from '@playwright/test';
const [url, out, width, parts = '1'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url); await page.waitForTimeout(800);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const step = 1400;
for (let i = 0; i < Number(parts) && i * step < h; i++) {
  await page.screenshot({ path: out.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y: i * step, width: Number(width), height: Math.min(step, h - i * step) } });
}
console.log('height', h, 'overflow', await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth));
await browser.close();
