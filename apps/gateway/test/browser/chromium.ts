import { createServer, request, type Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { closeServer, listenOn } from '@mieux/service-kit/http';

/** Debian's headless Chromium, driven by Playwright: a real browser with its own CORS and CSRF rules. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page served from its own port: a browser app on another origin than the gateway. */
export async function servePage(html: string): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(html);
  });
  const port = await listenOn(server, 0);
  return { port, close: () => closeServer(server) };
}

/**
 * An HTTP relay in front of the gateway that notes the method of each request it passes on, so a test
 * sees the browser's preflight (which the page's own scripts never see).
 */
export async function recordingRelay(target: string, methods: string[]): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    methods.push(req.method ?? '');
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  const port = await listenOn(server, 0);
  return { url: `http://127.0.0.1:${port}${new URL(target).pathname}`, close: () => closeServer(server) };
}
