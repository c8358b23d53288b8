/**
 * `npm run identity:update`: writes the site's identity files from
 * src/lib/brand-mark.ts into public/: the favicon (SVG), its PNG fallback for
 * devices that want a bitmap (apple-touch-icon.png, 180 × 180) and the social
 * card (the picture a link to the site shows in LinkedIn, Teams or Slack),
 * social-card.png, 1200 × 630. The PNGs are committed, so every build
 * publishes the same bytes whatever fonts the building machine has; run this
 * after changing the mark or the card's words, and look at the result.
 */
import sharp from 'sharp';
import { writeFileSync } from 'node:fs';
import { markSvg, SOCIAL_CARD, socialCardSvg, TOUCH_ICON } from '../src/lib/brand-mark.ts';

const svg = socialCardSvg({
  network: 'iProcureNet',
  name: 'Knowledge Factory',
  tagline: ['Buying security solutions together,', 'across European borders'],
});
const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
writeFileSync(`public${SOCIAL_CARD.path}`, png);
console.log(`wrote public${SOCIAL_CARD.path} (${SOCIAL_CARD.width} × ${SOCIAL_CARD.height}, ${png.length} bytes)`);

writeFileSync('public/favicon.svg', markSvg());
const icon = await sharp(Buffer.from(markSvg()), { density: (72 * TOUCH_ICON.size) / 32 })
  .resize(TOUCH_ICON.size, TOUCH_ICON.size)
  .png({ compressionLevel: 9 })
  .toBuffer();
writeFileSync(`public${TOUCH_ICON.path}`, icon);
console.log(`wrote public/favicon.svg and public${TOUCH_ICON.path} (${TOUCH_ICON.size} × ${TOUCH_ICON.size})`);
