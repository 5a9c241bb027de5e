import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function resolveChromiumPath(): string {
  return process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
}

/** A Chromium instance that prints HTML to PDF; reuse one for a batch, then close it. */
export interface PdfRenderer {
  printHtml(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openPdfRenderer(opts: { executablePath?: string } = {}): Promise<PdfRenderer> {
  const browser: Browser = await chromium.launch({ executablePath: opts.executablePath ?? resolveChromiumPath(), args: CHROMIUM_ARGS });
  return {
    async printHtml(html: string): Promise<Uint8Array> {
      // Scripts off and no network: the HTML is escaped already, this is defence in depth.
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready).catch(() => undefined);
        const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      await browser.close();
    },
  };
}
