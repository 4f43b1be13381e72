/**
 * The form of the comparison table that `host`'s width shows: the table
 * from 600 px of content width on, the list below it, as the table's own
 * container query decides (usce-table.styles.ts). Read from the host, which
 * the page has laid out before the host's render: the table inside it takes
 * the host's content width.
 */
export function tableFormFor(host: HTMLElement): 'table' | 'list' {
  const style = getComputedStyle(host);
  const width = host.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  return width > 599.98 ? 'table' : 'list';
}
