import { chromium } from 'playwright-core';
const [,, file, x, y, w, h, out] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const p = await b.newPage({ viewport: { width: +w, height: +h } });
const { readFileSync } = await import('node:fs');
const data = readFileSync(file).toString('base64');
await p.setContent(`<body style="margin:0;overflow:hidden"><img src="data:image/png;base64,${data}" style="position:absolute;left:-${x}px;top:-${y}px"></body>`);
await p.screenshot({ path: out });
await b.close();
