/** `formatSize(17391)` is "17 KB"; below 1 KB, "512 bytes". Sizes are in units of 1,024 bytes, as file managers show them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb)} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}
