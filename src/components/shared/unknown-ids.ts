import { format } from '../../content/select.js';
import { TYPE_IDS, type Content } from '../../content/types.js';
import { warnOnce } from '../../warn.js';

/**
 * Builds the notice lines for unknown ids in `types` and `highlight`, and
 * logs each once to the console with the element's tag, so an author who
 * mistyped an id sees what went wrong and what would be right.
 */
export function unknownIdMessages(
  content: Content,
  unknownTypes: readonly string[],
  unknownHighlight: string | null,
  tag: string,
): string[] {
  const valid = TYPE_IDS.join(', ');
  const messages: string[] = [];
  if (unknownTypes.length > 0) {
    messages.push(format(content.ui.unknownTypes, { attribute: 'types', value: unknownTypes.join(' '), valid }));
  }
  if (unknownHighlight !== null) {
    messages.push(format(content.ui.unknownTypes, { attribute: 'highlight', value: unknownHighlight, valid }));
  }
  for (const message of messages) warnOnce(`<${tag}> ${message}`);
  return messages;
}
