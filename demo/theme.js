/*
 * Light / dark page theme for the demo pages.
 * Runs in <head> so the chosen theme applies before the first paint:
 * ?theme=dark or ?theme=light wins, then the reader's last choice.
 */
(function () {
  var root = document.documentElement;
  var KEY = 'usce-demo-theme';
  var param = new URLSearchParams(window.location.search).get('theme');
  var stored = null;
  try {
    stored = window.localStorage.getItem(KEY);
  } catch {
    /* Storage may be unavailable; the page still works. */
  }
  var theme = param === 'dark' || param === 'light' ? param : stored;
  root.classList.toggle('dark', theme === 'dark');

  function sync(button) {
    button.setAttribute('aria-pressed', root.classList.contains('dark') ? 'true' : 'false');
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    button.hidden = false;
    sync(button);
    button.addEventListener('click', function () {
      var dark = !root.classList.contains('dark');
      root.classList.toggle('dark', dark);
      sync(button);
      try {
        window.localStorage.setItem(KEY, dark ? 'dark' : 'light');
      } catch {
        /* Not remembered; fine. */
      }
    });
  });
})();
