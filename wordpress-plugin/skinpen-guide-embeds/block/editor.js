/* global wp */
/**
 * The block's editing view, written for the browser as it is (no build step): a select or
 * text field per option, listed from options.json, and a server-rendered preview.
 */
(function (blocks, element, components, blockEditor, ServerSideRender, i18n) {
  'use strict';
  var el = element.createElement;
  var __ = i18n.__;
  var options = window.skinpenGuideOptions || { widgets: {} };
  var widgetIds = Object.keys(options.widgets);

  function choices(values) {
    return [{ label: __('Default', 'skinpen-guide-embeds'), value: '' }].concat(
      values.map(function (value) {
        return { label: value, value: value };
      }),
    );
  }

  function control(name, spec, value, onChange) {
    if (spec.type === 'enum' || spec.type === 'boolean') {
      return el(components.SelectControl, {
        key: name,
        label: spec.label,
        value: value,
        options: choices(spec.type === 'boolean' ? ['true', 'false'] : spec.values),
        onChange: onChange,
      });
    }
    var help =
      spec.type === 'colour'
        ? '#rrggbb'
        : spec.type === 'text'
          ? __('Plain text', 'skinpen-guide-embeds')
          : spec.type === 'phone'
            ? __('Digits, spaces, + ( ) . -', 'skinpen-guide-embeds')
            : spec.type === 'https'
              ? 'https://…'
              : spec.min + '–' + spec.max;
    return el(components.TextControl, { key: name, label: spec.label, help: help, value: value, onChange: onChange });
  }

  blocks.registerBlockType('skinpen-guide/widget', {
    apiVersion: 2,
    title: __('SkinPen Guide widget', 'skinpen-guide-embeds'),
    icon: 'welcome-learn-more',
    category: 'embed',
    edit: function (props) {
      var attrs = props.attributes;
      var widget = options.widgets[attrs.widget] ? attrs.widget : widgetIds[widgetIds.length - 1];
      var params = options.widgets[widget] ? options.widgets[widget].params : {};
      var fields = [
        el(components.SelectControl, {
          key: 'widget',
          label: __('Widget', 'skinpen-guide-embeds'),
          value: widget,
          options: widgetIds.map(function (id) {
            return { label: options.widgets[id].title.en, value: id };
          }),
          onChange: function (value) {
            props.setAttributes({ widget: value });
          },
        }),
      ].concat(
        Object.keys(params).map(function (name) {
          return control(name, params[name], attrs[name], function (value) {
            var change = {};
            change[name] = value;
            props.setAttributes(change);
          });
        }),
      );
      return el(
        'div',
        blockEditor.useBlockProps(),
        el(
          blockEditor.InspectorControls,
          null,
          el(components.PanelBody, { title: __('Options', 'skinpen-guide-embeds') }, fields),
        ),
        el(ServerSideRender, { block: 'skinpen-guide/widget', attributes: attrs }),
      );
    },
    save: function () {
      return null;
    },
  });
})(wp.blocks, wp.element, wp.components, wp.blockEditor, wp.serverSideRender, wp.i18n);
