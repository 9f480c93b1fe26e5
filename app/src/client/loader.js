const root = document.documentElement;
for (const button of document.querySelectorAll('button[data-copy-link]')) {
  const status = button.parentElement.querySelector('[role=status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    let copied = true;
    try { await navigator.clipboard.writeText(location.href); } catch { copied = false; }
    if (status) status.textContent = copied ? button.dataset.copied : button.dataset.failed;
  });
}
for (const slot of document.querySelectorAll('[data-reader-start]')) {
  const start = new Date(slot.dataset.readerStart);
  const end = new Date(slot.dataset.readerEnd);
  if (isNaN(start) || isNaN(end)) continue;
  const format = new Intl.DateTimeFormat(root.lang || undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  slot.textContent = `${slot.dataset.readerLabel} ${format.formatRange(start, end)} (${zone})`;
  slot.hidden = false;
}
const pending = [];
async function visit(node, client) {
  const tag = node.tagName.toLowerCase();
  if (tag === 'leptos-island') {
    const hydrate = client[node.dataset.component];
    if (hydrate) {
      const children = pending[pending.length - 1];
      if (children) children();
      await hydrate(node);
    }
  }
  if (tag === 'leptos-children') pending.push(node.$$on_hydrate);
  for (const child of node.children) await visit(child, client);
  if (tag === 'leptos-children') pending.pop();
}
const script = document.getElementById('hub-client');
if (script && document.querySelector('leptos-island')) {
  try {
    const client = await import(script.dataset.js);
    await client.default({ module_or_path: script.dataset.wasm });
    client.hydrate();
    await visit(document.body, client);
    root.dataset.hydrated = '';
  } catch (error) {
    root.dataset.clientFailed = '';
    console.error(error);
  }
} else {
  root.dataset.hydrated = '';
}
