/**
 * Components every MDX file may use without importing them (imports are not
 * allowed in content). Pages pass this map to `<Content components={…} />`.
 */
export const contentComponents = {};
