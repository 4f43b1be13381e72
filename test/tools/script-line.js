// Reads a snippet's script line, in either of its forms: the inline loader
// (the default) or a plain `<script src=… defer>` tag (`--script-tag`).
// Returns the address and the integrity value (or '') it loads the drop-in
// file with, so a check can compare what is loaded whatever the form; null
// for a line that is neither.

const LOADER =
  /^<script>\(function\(d,w,u,i\)\{.*\}\)\(document,window,new URL\(("(?:[^"\\]|\\.)*"),document\.baseURI\)\.href,("(?:[^"\\]|\\.)*")\)<\/script>$/;
const TAG = /^<script src="([^"]*)"(?: integrity="([^"]*)" crossorigin="anonymous")? defer><\/script>$/;

const unescape = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export function scriptOf(line) {
  const loader = LOADER.exec(line);
  if (loader) return { form: 'loader', src: JSON.parse(loader[1]), integrity: JSON.parse(loader[2]) };
  const tag = TAG.exec(line);
  if (tag) return { form: 'tag', src: unescape(tag[1]), integrity: unescape(tag[2] ?? '') };
  return null;
}
