// Which Phaser renderer draws the map: `?renderer=canvas` or `?renderer=webgl` in the link forces
// one; otherwise WebGL where the browser has a real GPU for it, and Canvas 2D where WebGL would run
// in software (a blocklisted or missing GPU, a virtual machine), because software WebGL fills
// every pixel of every frame slowly while the browser's own 2D canvas stays quick there. A file of
// its own so the benchmark's bare Phaser page chooses the same way.

import * as Phaser from 'phaser';

/** Renderer names of WebGL implementations that draw on the CPU. */
const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver|mesa offscreen/i;

/** Whether this browser's WebGL would draw in software (or is missing): then Canvas 2D is faster. */
export function softwareWebGL(doc: Document = document): boolean {
  try {
    const probe = doc.createElement('canvas');
    const gl = probe.getContext('webgl', { failIfMajorPerformanceCaveat: true }) as WebGLRenderingContext | null;
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name);
  } catch {
    return true;
  }
}

/** The renderer requested by the page's URL (`?renderer=canvas|webgl`), else the faster one here. */
export function rendererFromUrl(search: string): number {
  const asked = new URLSearchParams(search).get('renderer');
  if (asked === 'canvas') return Phaser.CANVAS;
  if (asked === 'webgl') return Phaser.WEBGL;
  return softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO;
}
