// Records what a strict Content Security Policy refused, and any error, on
// this page, for the test in the parent page to read. Loaded before the
// widget so nothing the widget does at definition time is missed.
window.violations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push({
    directive: event.effectiveDirective || event.violatedDirective,
    blocked: event.blockedURI,
    sample: event.sample,
  });
});
window.addEventListener('error', (event) => {
  window.pageErrors.push(String(event.error ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.pageErrors.push(String(event.reason));
});
