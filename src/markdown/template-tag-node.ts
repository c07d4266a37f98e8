import type { Literal } from 'mdast';

/**
 * A template tag (`{% hint %}`, `{{ page.title }}`, `{{< ref "x" >}}`) in a document's inline
 * content: `value` is the tag as written. Segmentation makes it a `{N/}` code, never text; the
 * HTML build shows it as written.
 */
export interface TemplateTag extends Literal {
  type: 'templateTag';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    templateTag: TemplateTag;
  }
  interface RootContentMap {
    templateTag: TemplateTag;
  }
}
