import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Points at a chart card's first bar and returns its tooltip and where the pointer rests. The first
 * move over a chart wakes its interactive layer (the server drew the SVG); the next shows the tooltip.
 */
export async function hoverFirstBar(page: Page, card: Locator): Promise<{ tooltip: Locator; at: { x: number; y: number } }> {
  const bar = (await card.locator('svg.chart-svg a rect').first().boundingBox())!;
  const y = bar.y + bar.height / 2;
  await page.mouse.move(bar.x + 10, y);
  await expect(card.locator('.recharts-surface')).toBeAttached();
  await page.mouse.move(bar.x + 30, y);
  return { tooltip: card.locator('.chart-tooltip'), at: { x: bar.x + 30, y } };
}
