/**
 * Filters the events list in place when a kind is chosen, instead of loading
 * the kind's own page, and keeps the choice in the address (?kind=webinar) so
 * it can be shared; the links' pages remain the filter without JavaScript.
 */
const nav = document.querySelector<HTMLElement>('[data-event-kinds]');
if (nav) {
  const kindOf = new Map(Object.entries(JSON.parse(nav.dataset['eventKinds'] ?? '{}') as Record<string, string>));
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-kind]')];
  const main = document.querySelector('main');
  const items = [...(main?.querySelectorAll<HTMLLIElement>('li') ?? [])].filter((li) =>
    kindOf.has(li.querySelector('a')?.getAttribute('href') ?? ''),
  );
  const apply = (kind: string) => {
    for (const item of items)
      item.hidden = kind !== '' && kindOf.get(item.querySelector('a')?.getAttribute('href') ?? '') !== kind;
    // A section whose events are all hidden says so rather than showing an empty list.
    for (const list of new Set(items.map((item) => item.parentElement))) {
      if (!list) continue;
      const empty = [...list.children].every((child) => (child as HTMLElement).hidden);
      let note = list.nextElementSibling?.matches('[data-kind-empty]')
        ? (list.nextElementSibling as HTMLElement)
        : undefined;
      if (empty && !note) {
        note = Object.assign(document.createElement('p'), { textContent: 'None of this kind.' });
        note.dataset['kindEmpty'] = '';
        list.after(note);
      }
      if (note) note.hidden = !empty;
    }
    for (const link of links) {
      if (link.dataset['kind'] === kind) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  };
  const known = new Set(links.map((link) => link.dataset['kind'] ?? ''));
  const initial = new URLSearchParams(location.search).get('kind') ?? '';
  if (known.has(initial)) apply(initial);
  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-kind]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const kind = link.dataset['kind'] ?? '';
    history.replaceState(null, '', kind ? `?kind=${encodeURIComponent(kind)}` : location.pathname);
    apply(kind);
  });
}
