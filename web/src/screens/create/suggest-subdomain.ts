/** A subdomain suggested by a name or description: `Crumb & Co, a bakery` → `crumb-co`. */
export function suggestSubdomain(text: string): string {
  const head = text.split(/[,.:;!?\n(—–]/)[0] ?? '';
  return head
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}
