/**
 * A size limit for a message: bytes below 1 KB, KB below 1 MB, else MB (1 KB = 1024 bytes, at most one decimal),
 * so `max-bytes="1000"` reads "1,000 bytes", not "0 MB".
 */
export function formatByteSize(bytes: number): string {
  const format = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format(bytes)} bytes`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}
