/**
 * The browser half of the VitePress recipe: VitePress' code groups switch one group at a time and forget the choice.
 * `snipforge/markdown-it` wraps each group it writes in `<div data-snipforge-targets="curl python-requests …">` (the
 * tabs' target ids, in tab order); this keeps every such group on the page on the same target, puts the choice in the
 * URL (`?language=python-requests`, the key Docusaurus' `<Tabs groupId="language" queryString>` uses) and remembers
 * it for the next page. No imports: Vite bundles it into the site's client as it is.
 */

export interface CodeGroupSyncOptions {
  /** The URL query parameter holding the chosen target id; default `language`. */
  queryKey?: string;
  /** The localStorage key that carries the choice to other pages, or `false` to keep it in the URL only; default `snipforge.language`. */
  storageKey?: string | false;
}

const WRAPPER = '[data-snipforge-targets]';
let installed = false;

/**
 * Call it from the theme's `enhanceApp` (it runs on the server too, where it does nothing). Idempotent: VitePress may
 * call `enhanceApp` again, the listeners are added once.
 */
export function syncCodeGroups({ queryKey = 'language', storageKey = 'snipforge.language' }: CodeGroupSyncOptions = {}): void {
  if (typeof window === 'undefined' || installed) return;
  installed = true;

  // Storage may be refused (privacy settings): the URL still carries the choice then.
  const stored = (): string | null => {
    try {
      return storageKey === false ? null : window.localStorage.getItem(storageKey);
    } catch {
      return null;
    }
  };
  const store = (id: string): void => {
    try {
      if (storageKey !== false && stored() !== id) window.localStorage.setItem(storageKey, id);
    } catch {
      // as above
    }
  };
  const remember = (id: string): void => {
    const url = new URL(window.location.href);
    url.searchParams.set(queryKey, id);
    // VitePress keeps its scroll positions in history.state: replace the URL only.
    window.history.replaceState(window.history.state, '', url);
    store(id);
  };

  window.addEventListener('click', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.matches(`${WRAPPER} .vp-code-group > .tabs > input`)) return;
    const wrapper = input.closest<HTMLElement>(WRAPPER)!;
    const id = targetsOf(wrapper)[tabInputs(wrapper).indexOf(input)];
    if (id === undefined) return;
    // VitePress' own listener switches the clicked group (and scrolls its tab into view): only the others here.
    show(id, wrapper);
    remember(id);
  });

  // Content arrives with each page (SPA navigation, hot reload): give new groups the choice as they appear.
  // A link with `?language=` chooses for the pages after it too.
  const showChosen = (): void => {
    const fromUrl = new URLSearchParams(window.location.search).get(queryKey);
    if (fromUrl !== null) store(fromUrl);
    const id = fromUrl ?? stored();
    if (id !== null) show(id);
  };
  new MutationObserver(showChosen).observe(document.documentElement, { childList: true, subtree: true });
  showChosen();
}

function targetsOf(wrapper: HTMLElement): string[] {
  return (wrapper.dataset.snipforgeTargets ?? '').split(' ');
}

function tabInputs(wrapper: HTMLElement): HTMLInputElement[] {
  return [...wrapper.querySelectorAll<HTMLInputElement>('.vp-code-group > .tabs > input')];
}

/** Switches every snipforge group that has a tab for `id` (but `except`) to that tab, as VitePress' click would. */
function show(id: string, except?: HTMLElement): void {
  for (const wrapper of document.querySelectorAll<HTMLElement>(WRAPPER)) {
    const index = targetsOf(wrapper).indexOf(id);
    const input = tabInputs(wrapper)[index];
    const blocks = wrapper.querySelector('.vp-code-group > .blocks')?.children;
    const block = blocks?.[index];
    // Both checked: VitePress' dev server resets the blocks (not the inputs) when a page's content updates.
    if (wrapper === except || input === undefined || block === undefined || (input.checked && block.classList.contains('active'))) continue;
    input.checked = true;
    for (const other of blocks!) other.classList.toggle('active', other === block);
  }
}
