/* global wp, paStatementWidgetEditor */
// The block editor's side of the three blocks, with no build step: WordPress's own `wp.*` scripts (React 17 in
// WordPress 6.1). Each block shows the real element, as readers will see it (the bundle is this script's
// dependency; the post editor of 6.1 is no frame), in the site's language, and above it a notice for each value the
// element cannot use, saying what readers see instead, as the element's own checks decide (docs/api.md, Bad input).
// The sidebar sets the element's attributes, which the build generated from custom-elements.json. The post keeps
// only the block's comment (`save` is null): the server writes the element when the page is viewed.
(function (blocks, blockEditor, components, element, i18n, settings) {
  const h = element.createElement;
  const { __, sprintf } = i18n;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { Notice, PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = components;
  const { points, themes, minInterval, elements, language } = settings;

  /** The point a number (`4`, `4.0`) or slug names, as the element finds it. */
  function findPoint(key) {
    const trimmed = String(key).trim();
    if (trimmed === '') return undefined;
    if (/^[+-]?\d+(\.\d*)?$/.test(trimmed)) return points[Number(trimmed) - 1];
    return points.find((point) => point.slug === trimmed);
  }

  /** Whether the element takes an address as a link: http(s), or relative to the page. */
  function isSafeLink(address) {
    try {
      return /^https?:$/.test(new URL(address, 'https://relative.invalid/').protocol);
    } catch {
      return false;
    }
  }

  const slugs = () => points.map((point) => point.slug).join(', ');

  /* translators: 1: the highest point number (11), 2: the points' names, separated by commas. */
  const pointKeys = () =>
    sprintf(__('a number from 1 to %1$d or one of the names: %2$s', 'pa-statement-widget'), points.length, slugs());

  /** For each attribute the element checks: what is wrong with a value, and what readers see meanwhile; '' if nothing. */
  const problems = {
    point(value) {
      if (String(value).trim() === '' || findPoint(value)) return '';
      /* translators: 1: the value given, 2: what a point may be. */
      return sprintf(
        __('“%1$s” is no point of the statement: use %2$s. Readers see nothing in its place.', 'pa-statement-widget'),
        value,
        pointKeys(),
      );
    },
    highlight(value) {
      if (value === '' || findPoint(value)) return '';
      /* translators: 1: the value given, 2: what a point may be. */
      return sprintf(
        __('The highlighted point “%1$s” is no point: use %2$s. No point is marked.', 'pa-statement-widget'),
        value,
        pointKeys(),
      );
    },
    limit(value) {
      const limit = Number(value);
      if (value === '' || (Number.isInteger(limit) && limit >= 1)) return '';
      /* translators: %s: the value given. */
      return sprintf(
        __(
          '“%s” is not a number of points to show first: use a whole number, at least 1. Readers see every point.',
          'pa-statement-widget',
        ),
        value,
      );
    },
    points(value) {
      const keys = value.trim() === '' ? [] : value.split(',');
      const named = new Set(keys.map(findPoint).filter(Boolean));
      if (named.size === keys.length) return '';
      const consequence =
        named.size === 0
          ? __('Readers see nothing in its place.', 'pa-statement-widget')
          : __('The other points rotate.', 'pa-statement-widget');
      /* translators: 1: the value given, 2: what a point may be, 3: what readers see. */
      return sprintf(
        __('“%1$s” names a point twice or names no point: each entry must be %2$s. %3$s', 'pa-statement-widget'),
        value,
        pointKeys(),
        consequence,
      );
    },
    interval(value) {
      const seconds = value === '' ? minInterval : Number(value);
      if (seconds >= minInterval) return '';
      const fallback = seconds > 0 ? minInterval : Number(attributeOf('quote', 'interval').default);
      /* translators: 1: the value given, 2: the least number of seconds, 3: the seconds used instead. */
      return sprintf(
        __(
          '“%1$s” is not a number of seconds each quote shows: use %2$d or more. Each quote shows for %3$d seconds.',
          'pa-statement-widget',
        ),
        value,
        minInterval,
        fallback,
      );
    },
    'heading-level'(value) {
      const level = Number(value);
      if (value === '' || (Number.isInteger(level) && level >= 1 && level <= 6)) return '';
      /* translators: %s: the value given. */
      return sprintf(
        __('“%s” is no heading level: use 1 to 6. The title is a level 2 heading.', 'pa-statement-widget'),
        value,
      );
    },
    theme(value) {
      if (value === '' || themes.includes(value)) return '';
      /* translators: 1: the value given, 2: the colour schemes, separated by commas. */
      return sprintf(
        __(
          '“%1$s” is no colour scheme: use %2$s. The widget paints its own background in the page’s colour scheme.',
          'pa-statement-widget',
        ),
        value,
        themes.join(', '),
      );
    },
    href(value) {
      if (value === '' || isSafeLink(value)) return '';
      /* translators: %s: the value given. */
      return sprintf(
        __(
          '“%s” is not a link the widget takes: use an http(s) address, or one relative to your site. The widget links to nothing.',
          'pa-statement-widget',
        ),
        value,
      );
    },
  };

  const attributeOf = (key, name) => elements[key].attributes.find((attribute) => attribute.name === name);

  const pointOptions = (none) => [
    { label: none, value: '' },
    ...points.map((point) => ({ label: `${point.number} — ${point.start}`, value: String(point.number) })),
  ];

  /** A select of points, showing a slug as its point and a value that names none as it is. */
  function pointSelect(label, value, none, onChange) {
    const point = findPoint(value);
    const options = pointOptions(none);
    if (value !== '' && !point) options.push({ label: value, value });
    return h(SelectControl, { label, value: point ? String(point.number) : value, options, onChange });
  }

  /** The control of each attribute, by the element's name for it. */
  const controls = {
    point: (value, set) =>
      pointSelect(__('Point', 'pa-statement-widget'), value, __('Choose a point', 'pa-statement-widget'), set),
    highlight: (value, set) =>
      pointSelect(__('Highlighted point', 'pa-statement-widget'), value, __('None', 'pa-statement-widget'), set),
    excerpt: (value, set) =>
      h(ToggleControl, {
        label: __('Short quote only', 'pa-statement-widget'),
        help: __('One sentence of the point, as a pull quote.', 'pa-statement-widget'),
        checked: value,
        onChange: set,
      }),
    numbered: (value, set) =>
      h(ToggleControl, { label: __('Numbered', 'pa-statement-widget'), checked: value, onChange: set }),
    full: (value, set) =>
      h(ToggleControl, {
        label: __('Full point texts', 'pa-statement-widget'),
        help: __('Each point’s whole text, not one sentence of it.', 'pa-statement-widget'),
        checked: value,
        onChange: set,
      }),
    limit: (value, set) => {
      const options = [{ label: __('Every point', 'pa-statement-widget'), value: '' }];
      for (let count = 1; count < points.length; count += 1)
        options.push({ label: String(count), value: String(count) });
      if (!options.some((option) => option.value === value)) options.push({ label: value, value });
      return h(SelectControl, {
        label: __('Show first', 'pa-statement-widget'),
        help: __('The points shown before “Show all”.', 'pa-statement-widget'),
        value,
        options,
        onChange: set,
      });
    },
    points: (value, set) =>
      h(TextControl, {
        label: __('Points, in order', 'pa-statement-widget'),
        help: __(
          'Numbers or names separated by commas, such as 3,4,torture; empty for every point.',
          'pa-statement-widget',
        ),
        value,
        onChange: set,
      }),
    interval: (value, set) =>
      h(TextControl, {
        label: __('Seconds per quote', 'pa-statement-widget'),
        /* translators: %d: the least number of seconds. */
        help: sprintf(__('At least %d.', 'pa-statement-widget'), minInterval),
        inputMode: 'numeric',
        value,
        onChange: set,
      }),
    theme: (value, set) => {
      const names = {
        '': __('Follow the page', 'pa-statement-widget'),
        auto: __('The reader’s preference', 'pa-statement-widget'),
        light: __('Light', 'pa-statement-widget'),
        dark: __('Dark', 'pa-statement-widget'),
      };
      const options = ['', ...themes].map((theme) => ({ label: names[theme] ?? theme, value: theme }));
      if (!options.some((option) => option.value === value)) options.push({ label: value, value });
      return h(SelectControl, { label: __('Colour scheme', 'pa-statement-widget'), value, options, onChange: set });
    },
    href: (value, set) =>
      h(TextControl, {
        label: __('Link to the full statement', 'pa-statement-widget'),
        help: __('An http(s) address, or one relative to your site.', 'pa-statement-widget'),
        type: 'url',
        value,
        onChange: set,
      }),
    'heading-level': (value, set) => {
      const options = [1, 2, 3, 4, 5, 6].map((level) => ({ label: `H${level}`, value: String(level) }));
      if (!options.some((option) => option.value === value)) options.push({ label: value, value });
      return h(SelectControl, {
        label: __('Heading level of the title', 'pa-statement-widget'),
        value,
        options,
        onChange: set,
      });
    },
    label: (value, set) =>
      h(TextControl, {
        label: __('Name of the carousel', 'pa-statement-widget'),
        help: __('For a page with more than one rotating quote.', 'pa-statement-widget'),
        value,
        onChange: set,
      }),
  };

  /** A control for an attribute this script has none for: its value as text. */
  const plainControl = (name, type) => (value, set) =>
    type === 'boolean'
      ? h(ToggleControl, { label: name, checked: value, onChange: set })
      : h(TextControl, { label: name, value, onChange: set });

  /** The element's attributes for React 17, which writes a custom element's props as attributes, as text. */
  function elementProps(key, attributes) {
    const props = { lang: language };
    for (const { name, field, type } of elements[key].attributes) {
      const value = attributes[field];
      if (type === 'boolean' ? value : value !== '' && value !== undefined)
        props[name] = type === 'boolean' ? '' : value;
    }
    return props;
  }

  function edit(key) {
    return function Edit({ attributes, setAttributes }) {
      const blockProps = useBlockProps();
      const own = elements[key].attributes;
      const notices = own
        .map(({ name, field }) => problems[name]?.(attributes[field] ?? ''))
        .filter(Boolean)
        .map((message) => h(Notice, { key: message, status: 'warning', isDismissible: false }, message));
      const setters = Object.fromEntries(own.map(({ field }) => [field, (value) => setAttributes({ [field]: value })]));
      const sidebar = h(
        InspectorControls,
        null,
        h(
          PanelBody,
          { title: __('Settings', 'pa-statement-widget') },
          own.map(({ name, field, type }) =>
            h('div', { key: name }, (controls[name] ?? plainControl(name, type))(attributes[field], setters[field])),
          ),
        ),
      );
      const unchosen = key === 'point' && String(attributes.point).trim() === '';
      const shown = unchosen
        ? h(
            Placeholder,
            {
              icon: 'format-quote',
              label: __('One point of the statement', 'pa-statement-widget'),
              instructions: __('Choose the point to quote, here or in the block’s settings.', 'pa-statement-widget'),
            },
            controls.point(attributes.point, setters.point),
          )
        : h(elements[key].tag, elementProps(key, attributes));
      return h('div', blockProps, sidebar, notices, shown);
    };
  }

  for (const key of Object.keys(elements)) {
    blocks.registerBlockType(elements[key].block, { edit: edit(key), save: () => null });
  }
})(wp.blocks, wp.blockEditor, wp.components, wp.element, wp.i18n, paStatementWidgetEditor);
