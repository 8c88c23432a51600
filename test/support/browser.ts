import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** Debian's Chromium (CI installs it); flags keep it off the network this machine does not have. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

export const screenshotDir = path.resolve('test-results/screenshots');

/** Screenshots are kept as artifacts and looked at by whoever changes a screen. */
export async function snap(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/**
 * A page in a fresh browser context that holds the user's session cookie, as after logging in
 * (the login form itself is tested once, in first-run and clients). Closing the browser closes it.
 */
export async function signedInPage(browser: Browser, url: string, user: { token: string }, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, ...options });
  await context.addCookies([{ name: 'crm_session', value: user.token, url }]);
  return context.newPage();
}
