/**
 * The snippet's script line: a small inline script that adds the drop-in
 * file's `<script>` only after the page's first paint, so the widget's
 * download and start never hold up the article's own first and largest
 * paint (the article's text paints first, the widget after it).
 *
 * It waits for whichever comes first: the widget coming within a screen of
 * the viewport (an IntersectionObserver on the element right after it) or
 * the page's `load` event; then one more frame, so the request always
 * follows a paint. It adds the file once per page however many snippets
 * carry it, and not at all when the elements are already defined (the file
 * is also in the theme, say). With an integrity value the added script
 * checks the file's bytes (`integrity`, `crossOrigin = 'anonymous'`).
 *
 * Pure: it returns text. The script it writes uses no `innerHTML` and no
 * `eval` and names nothing global; the URL and the integrity value are JSON
 * strings with `<` escaped, so no value can close the element.
 *
 * A page whose Content Security Policy forbids inline scripts runs none of
 * this: for such pages the snippet command prints a plain
 * `<script src … defer>` line instead (`--script-tag`).
 */
/** JSON for a string inside an inline `<script>`: `<` escaped, so no text can close the element. */
function scriptString(value: string): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** The inline loader for the drop-in file at `src`, checked against `integrity` when given. */
export function loaderScript(src: string, integrity?: string): string {
  const code =
    `(function(d,w,u,i){var e=d.currentScript&&d.currentScript.nextElementSibling,n=0;` +
    `function add(){if(w.customElements&&customElements.get("usce-compare"))return;` +
    `for(var s=d.scripts,k=0;k<s.length;k++)if(s[k].src===u)return;` +
    `var t=d.createElement("script");t.src=u;if(i){t.integrity=i;t.crossOrigin="anonymous"}d.head.appendChild(t)}` +
    `function go(){if(!n++)requestAnimationFrame(function(){setTimeout(add)})}` +
    `if(e&&w.IntersectionObserver)new IntersectionObserver(function(x,o){` +
    `if(x.some(function(y){return y.isIntersecting})){o.disconnect();go()}},{rootMargin:"100% 0px"}).observe(e);` +
    `if(d.readyState==="complete")go();else w.addEventListener("load",go)` +
    `})(document,window,new URL(${scriptString(src)},document.baseURI).href,${scriptString(integrity ?? '')})`;
  return `<script>${code}</script>`;
}
