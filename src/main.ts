// Placeholder composition root so index.html loads and the build has an entry point.
// It will be replaced by the real one that wires sim, machines, views, UI and audio together.

/** Marks the page as booted; the real composition root replaces this file. */
export function boot(): void {
  document.documentElement.dataset['booted'] = 'placeholder';
}

boot();
