import { chromium } from 'playwright-core';
const [path, width, scheme, ...ys] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme === 'print' ? 'light' : scheme });
const page = await ctx.newPage();
await page.goto('http://127.0.0.1:4617' + path);
if (scheme === 'print') await page.emulateMedia({ media: 'print' });
for (const y of ys) {
  await page.screenshot({ path: `/tmp/shots/toolkit-templates/clip-${width}-${scheme}-${y}.png`, fullPage: true, clip: { x: 0, y: Number(y), width: Number(width), height: 1000 } });
}
await browser.close();
