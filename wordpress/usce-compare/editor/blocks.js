/**
 * The editor side of the usce/compare and usce/quiz blocks: sidebar controls
 * for every option and a live preview rendered by the server, the same HTML
 * readers get, with the widget running in it. Plain JavaScript on
 * WordPress's globals, so the plugin needs no build step of its own.
 * The blocks' settings (attributes, render file) come from their block.json.
 */
(function (wp, data) {
  'use strict';
  const el = wp.element.createElement;
  const { __, sprintf } = wp.i18n;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
  const { Button, CheckboxControl, Notice, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;

  // WordPress stores an author's `&` in a block's text attributes as `&amp;`
  // (when the author may not post unfiltered HTML). The fields show the text
  // as typed; the server reads it the same way.
  const text = (value) => wp.htmlEntities.decodeEntities(value ?? '');

  // The widget's rule for links and content addresses (src/content/url.ts):
  // http(s) or relative, no control characters, no white space at the ends.
  function isSafeHref(url) {
    // eslint-disable-next-line no-control-regex
    if (typeof url !== 'string' || url === '' || url.trim() !== url || /[\u0000-\u001f\u007f]/.test(url)) {
      return false;
    }
    try {
      const protocol = new URL(url, 'https://base.invalid/').protocol;
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }

  /**
   * Checkboxes for an ordered choice of ids (types, sections), each with
   * buttons to move it. An empty list means all, in the default order.
   */
  function OrderedChoice({ label, help, items, value, onChange }) {
    const all = items.map((item) => item.id);
    const chosen = value.length > 0 ? value.filter((id) => all.includes(id)) : all;
    const order = chosen.concat(all.filter((id) => !chosen.includes(id)));
    const labelOf = (id) => items.find((item) => item.id === id).label;
    const save = (next) => onChange(next.join(' ') === all.join(' ') ? [] : next);
    const move = (id, by) => {
      const next = chosen.slice();
      const at = next.indexOf(id);
      next.splice(at, 1);
      next.splice(at + by, 0, id);
      save(next);
    };
    return el(
      'fieldset',
      { className: 'usce-compare-choice', style: { marginBottom: '16px' } },
      el('legend', { style: { marginBottom: '8px', fontWeight: 500 } }, label),
      help ? el('p', { className: 'components-base-control__help' }, help) : null,
      order.map((id) => {
        const on = chosen.includes(id);
        const at = chosen.indexOf(id);
        return el(
          'div',
          { key: id, style: { display: 'flex', alignItems: 'center', gap: '4px' } },
          el(
            'div',
            { style: { flex: 1 } },
            el(CheckboxControl, {
              label: labelOf(id),
              checked: on,
              // At least one stays chosen: none would mean all.
              disabled: on && chosen.length === 1,
              onChange: (checked) => save(checked ? chosen.concat(id) : chosen.filter((other) => other !== id)),
            }),
          ),
          on
            ? el(Button, {
                icon: 'arrow-up-alt2',
                label: sprintf(__('Move %s up', 'usce-compare'), labelOf(id)),
                disabled: at === 0,
                onClick: () => move(id, -1),
              })
            : null,
          on
            ? el(Button, {
                icon: 'arrow-down-alt2',
                label: sprintf(__('Move %s down', 'usce-compare'), labelOf(id)),
                disabled: at === chosen.length - 1,
                onClick: () => move(id, 1),
              })
            : null,
        );
      }),
    );
  }

  function AddressField({ label, help, value, onChange }) {
    const bad = value.trim() !== '' && !isSafeHref(value.trim());
    return el(
      'div',
      null,
      el(TextControl, { label, help, type: 'url', value, onChange }),
      bad
        ? el(
            Notice,
            { status: 'error', isDismissible: false },
            __('Use an http(s) address or a relative one. This one is left out.', 'usce-compare'),
          )
        : null,
    );
  }

  function ContentPanel({ attributes, setAttributes }) {
    const { contentId, contentSrc } = attributes;
    return el(
      PanelBody,
      { title: __('Content override', 'usce-compare'), initialOpen: false },
      el(
        'p',
        null,
        __(
          'Your own words, language or calls to action, as a JSON file shaped like the content. The widget checks it and keeps the built-in content if it has problems.',
          'usce-compare',
        ),
      ),
      el(
        MediaUploadCheck,
        null,
        el(MediaUpload, {
          allowedTypes: ['application/json'],
          value: contentId,
          onSelect: (media) => setAttributes({ contentId: media.id, contentSrc: '' }),
          render: ({ open }) =>
            el(
              Button,
              { variant: 'secondary', onClick: open },
              contentId
                ? __('Choose another JSON file', 'usce-compare')
                : __('Choose a JSON file from the media library', 'usce-compare'),
            ),
        }),
      ),
      contentId
        ? el(
            'p',
            null,
            sprintf(__('Using media file #%d.', 'usce-compare'), contentId),
            ' ',
            el(
              Button,
              { variant: 'link', isDestructive: true, onClick: () => setAttributes({ contentId: 0 }) },
              __('Remove', 'usce-compare'),
            ),
          )
        : el(AddressField, {
            label: __('Or the address of a JSON file', 'usce-compare'),
            value: text(contentSrc),
            onChange: (value) => setAttributes({ contentSrc: value }),
          }),
    );
  }

  function sharedPanels({ attributes, setAttributes }) {
    return [
      el(
        PanelBody,
        { key: 'cta', title: __('Call to action', 'usce-compare'), initialOpen: false },
        el(TextControl, {
          label: __('Link text', 'usce-compare'),
          value: text(attributes.ctaLabel),
          onChange: (value) => setAttributes({ ctaLabel: value }),
        }),
        el(AddressField, {
          label: __('Link address', 'usce-compare'),
          help: __('Shown only with a link text.', 'usce-compare'),
          value: text(attributes.ctaHref),
          onChange: (value) => setAttributes({ ctaHref: value }),
        }),
        el(TextControl, {
          label: __('Parameters added to the link', 'usce-compare'),
          help: __('For example utm_source=blog&utm_campaign=usce', 'usce-compare'),
          value: text(attributes.ctaParams),
          onChange: (value) => setAttributes({ ctaParams: value }),
        }),
      ),
      el(
        PanelBody,
        { key: 'quiz', title: __('Quiz', 'usce-compare'), initialOpen: false },
        el(ToggleControl, {
          label: __('Link to the result', 'usce-compare'),
          help: __('The result offers a link that reopens it.', 'usce-compare'),
          checked: attributes.share,
          onChange: (value) => setAttributes({ share: value }),
        }),
        el(ToggleControl, {
          label: __('Remember answers', 'usce-compare'),
          help: __("Kept in the reader's browser, so a reload resumes the quiz.", 'usce-compare'),
          checked: attributes.remember,
          onChange: (value) => setAttributes({ remember: value }),
        }),
      ),
      el(ContentPanel, { key: 'content', attributes, setAttributes }),
    ];
  }

  const levels = [2, 3, 4, 5, 6].map((n) => ({
    value: String(n),
    label: sprintf(__('Heading %d', 'usce-compare'), n),
  }));
  const themes = [
    { value: 'auto', label: __("The page's colours", 'usce-compare') },
    { value: 'light', label: __('Light', 'usce-compare') },
    { value: 'dark', label: __('Dark', 'usce-compare') },
  ];

  function lookControls({ attributes, setAttributes }, headingLabel) {
    return [
      el(SelectControl, {
        key: 'level',
        label: headingLabel,
        value: String(attributes.headingLevel),
        options: levels,
        onChange: (value) => setAttributes({ headingLevel: Number(value) }),
      }),
      el(SelectControl, {
        key: 'theme',
        label: __('Theme', 'usce-compare'),
        value: attributes.theme,
        options: themes,
        onChange: (value) => setAttributes({ theme: value }),
      }),
    ];
  }

  function preview(name, attributes) {
    return el(ServerSideRender, { block: name, attributes, httpMethod: 'POST' });
  }

  function CompareEdit(props) {
    const { attributes, setAttributes } = props;
    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('What to show', 'usce-compare') },
          el(OrderedChoice, {
            label: __('Types, in order', 'usce-compare'),
            items: data.types,
            value: attributes.types,
            onChange: (value) => setAttributes({ types: value }),
          }),
          el(OrderedChoice, {
            label: __('Sections, in order', 'usce-compare'),
            items: data.sections,
            value: attributes.sections,
            onChange: (value) => setAttributes({ sections: value }),
          }),
          el(SelectControl, {
            label: __('Featured type', 'usce-compare'),
            value: attributes.highlight,
            options: [{ value: '', label: __('None', 'usce-compare') }].concat(
              data.types.map((type) => ({ value: type.id, label: type.label })),
            ),
            onChange: (value) => setAttributes({ highlight: value }),
          }),
        ),
        el(
          PanelBody,
          { title: __('Heading and look', 'usce-compare') },
          el(ToggleControl, {
            label: __('Show a heading', 'usce-compare'),
            checked: attributes.showHeading,
            onChange: (value) => setAttributes({ showHeading: value }),
          }),
          attributes.showHeading
            ? el(TextControl, {
                label: __('Heading', 'usce-compare'),
                help: __('Empty: the built-in heading.', 'usce-compare'),
                value: text(attributes.heading),
                onChange: (value) => setAttributes({ heading: value }),
              })
            : null,
          lookControls(props, __('Heading level', 'usce-compare')),
        ),
        sharedPanels(props),
      ),
      preview('usce/compare', attributes),
    );
  }

  function QuizEdit(props) {
    return el(
      'div',
      useBlockProps(),
      el(
        InspectorControls,
        null,
        el(
          PanelBody,
          { title: __('Heading and look', 'usce-compare') },
          lookControls(props, __('Heading level', 'usce-compare')),
        ),
        sharedPanels(props),
      ),
      preview('usce/quiz', props.attributes),
    );
  }

  // The rest of each block's settings comes from its block.json, registered on the server.
  wp.blocks.registerBlockType('usce/compare', { edit: CompareEdit, save: () => null });
  wp.blocks.registerBlockType('usce/quiz', { edit: QuizEdit, save: () => null });
})(window.wp, window.usceCompareEditor);
