// The partner page's own script, for the demonstration only: it logs the
// widget's events and shows what the lead form would post. A real partner
// page needs none of it; the form posts the filled fields by itself.
const log = document.getElementById('event-log');
const lines = [];

function show(line) {
  lines.unshift(line);
  log.textContent = lines.slice(0, 8).join('\n');
}

for (const name of ['usce-quiz-complete', 'usce-action-shown', 'usce-quiz-restart']) {
  document.addEventListener(name, (event) => {
    show(`${name} ${JSON.stringify(event.detail)}`);
  });
}

document.querySelector('.lead-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const posted = Object.fromEntries(new FormData(event.target));
  show(`form would post ${JSON.stringify(posted)}`);
});
