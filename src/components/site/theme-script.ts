/**
 * Runs before first paint so a stored theme never flashes the other scheme, and marks the page
 * as scripted so controls that need JavaScript show with no layout shift. Storage can throw
 * (blocked, or an opaque origin), which leaves the system theme.
 */
export const THEME_SCRIPT = `(function () {
  document.documentElement.classList.add('js');
  try {
    var t = localStorage.getItem('skinpen-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch (e) {}
})();`;
