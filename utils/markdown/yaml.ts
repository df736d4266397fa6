/**
 * YAML frontmatter values, always double-quoted so that any title (colons, '#', quotes, leading
 * '-', '[', '@', newlines, CJK, emoji) stays one valid string.
 */
export function yamlString(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // Other control characters are not allowed raw in YAML.
    .replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `"${escaped}"`;
}

export function frontmatter(fields: [string, string | string[] | undefined][]): string {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      lines.push(value.length ? `${key}:` : `${key}: []`);
      for (const item of value) lines.push(`  - ${yamlString(item)}`);
    } else {
      lines.push(`${key}: ${yamlString(value)}`);
    }
  }
  lines.push('---');
  return lines.join('\n');
}
