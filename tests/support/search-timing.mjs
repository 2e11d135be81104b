// Runs inside the page, through `page.evaluate(typeQueryAndTime, query)`: types a query into
// the open search dialog as one keystroke (the input event a key press fires) and resolves with
// the milliseconds, measured in the page, until the result count is on screen. Timing inside
// the page leaves out Playwright's own round trips. Used by the benchmark (npm run bench).
export function typeQueryAndTime(query) {
  const input = document.querySelector('#search-dialog-input');
  const out = document.querySelector('[data-search-dialog] [data-search-status]');
  if (!input || !out) return Promise.reject(new Error('The search dialog is not on this page.'));
  out.textContent = '';
  const started = performance.now();
  const done = new Promise((resolve) => {
    new MutationObserver((_m, observer) => {
      if (out.textContent) {
        observer.disconnect();
        resolve(performance.now() - started);
      }
    }).observe(out, { childList: true, characterData: true, subtree: true });
  });
  input.value = query;
  input.dispatchEvent(new Event('input'));
  return done;
}
