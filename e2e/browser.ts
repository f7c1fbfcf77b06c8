// Playwright drives Debian's Chromium where it is installed (it cannot be downloaded on CI
// machines); elsewhere, Playwright's own Chromium, which this installs when it is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const systemChromium = '/usr/bin/chromium';

if (process.argv[1]?.endsWith('browser.ts') && !existsSync(systemChromium)) {
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
