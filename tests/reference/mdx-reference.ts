/// <reference types="astro/client" />
/**
 * The reference: a body rendered by `@astrojs/mdx` itself, compiled by the
 * MDX integration's Vite plugin (this project's Vite config comes from
 * Astro's `getViteConfig`, tests/reference/vitest.config.ts) and rendered
 * through Astro's container API, as a page of an Astro site with
 * `@astrojs/mdx` would render it.
 *
 * Bodies use the site's components without importing them. Each is given
 * to MDX as one generic component that writes the neutral element the site's
 * renderer writes with `components: 'neutral'`: the component's name, its
 * props as written, and its content as MDX rendered it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { jsx } from 'astro/jsx-runtime';
import { pathToFileURL } from 'node:url';
import { CONTENT_COMPONENTS, NEUTRAL_COMPONENT, neutralProps } from '../../src/pipeline/render/components.ts';

/** `Callout` → a component writing `<kf-component data-name="Callout" data-props="{…}">content</kf-component>`. */
function neutral(name: string) {
  return ({ children, ...props }: Record<string, unknown>) =>
    jsx(NEUTRAL_COMPONENT, { 'data-name': name, 'data-props': neutralProps(props), children });
}

const components = Object.fromEntries(CONTENT_COMPONENTS.map((name) => [name, neutral(name)]));

let container: Promise<AstroContainer> | undefined;

function astroContainer(): Promise<AstroContainer> {
  // The MDX integration's own renderer (`astro:jsx`), which renders MDX modules and the components given to them.
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return container;
}

interface MdxModule {
  default: Parameters<AstroContainer['renderToString']>[0];
  getHeadings(): { depth: number; slug: string; text: string }[];
}

/** The HTML and headings `@astrojs/mdx` gives an .mdx file (it reads the file itself, frontmatter and all). */
export async function renderWithAstroMdx(
  file: string,
): Promise<{ html: string; headings: ReturnType<MdxModule['getHeadings']> }> {
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as MdxModule;
  const html = await (await astroContainer()).renderToString(module.default, { props: { components } });
  return { html, headings: module.getHeadings() };
}
