/**
 * The components every MDX file may use without importing them (imports are
 * not allowed in content): Callout, Steps, Figure, KeyFacts and Video. They
 * are templates, not Astro components: src/pipeline/render/components.ts checks
 * their props and writes their markup when a body is rendered; their look is
 * content.css, which every page showing an entry body imports. The content
 * checker allows exactly these names (CONTENT_COMPONENTS in
 * src/pipeline/checker/mdx-rules.ts; a test keeps the lists equal). How to use
 * each one is in CONTRIBUTING.md.
 */
import { COMPONENT_PROPS } from '../../pipeline/render/components.ts';

export const CONTENT_COMPONENT_NAMES = Object.keys(COMPONENT_PROPS);
