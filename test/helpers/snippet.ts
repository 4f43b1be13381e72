/** The pre-rendered snippet as `usce-compare snippet` prints it, for the query's options (test/tools/snippet-middleware.js). */
export async function fetchSnippet(query = ''): Promise<string> {
  const response = await fetch(`/__snippet__?${query}`);
  const body = await response.text();
  if (!response.ok) throw new Error(`the snippet command failed: ${body}`);
  return body;
}
