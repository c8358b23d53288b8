/**
 * Components every MDX file may use without importing them (imports are not
 * allowed in content). Pages pass this map to `<Content components={…} />`.
 * The content checker allows exactly these names (CONTENT_COMPONENTS in
 * src/lib/checker/mdx-rules.ts; a test keeps the two lists equal). How to use
 * each one is in CONTRIBUTING.md and in the comment at the top of its file.
 */
import Callout from './Callout.astro';
import Steps from './Steps.astro';
import Figure from './Figure.astro';
import KeyFacts from './KeyFacts.astro';
import Video from './Video.astro';

export const contentComponents = { Callout, Steps, Figure, KeyFacts, Video };
