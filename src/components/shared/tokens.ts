/**
 * The public theming tokens. Each is read once, at `:host`, into a private
 * `--_` local (see base.styles.ts); only the locals are used after that, so a
 * token set on the host page reaches every piece of the widget and nothing
 * else. test/components/theming.test.ts checks that each token here is used
 * and that no other `--usce-` name appears in the styles.
 */
export const TOKENS = {
  '--usce-accent': 'Accent colour: featured markers and badges, buttons, the progress bar, the call to action.',
  '--usce-accent-contrast': 'Text drawn on the accent colour.',
  '--usce-text': 'Text colour. Default: inherited from the host page.',
  '--usce-muted': 'Secondary text. Default: the text colour at reduced strength.',
  '--usce-surface': 'Background of cards, notices and header cells. Default: a light tint of the text colour.',
  '--usce-background':
    'Solid background behind the table\'s sticky first column, and the widget\'s background with theme="light" or "dark". Default: the host page\'s background, detected.',
  '--usce-border': 'Lines and borders. Default: the text colour at low strength.',
  '--usce-focus': 'Focus ring colour. Default: the text colour.',
  '--usce-radius': 'Corner radius of cards, notices and the table frame.',
  '--usce-font': 'Font family. Default: inherited from the host page.',
  '--usce-space': 'Base spacing unit; gaps and padding are multiples of it.',
} as const;
