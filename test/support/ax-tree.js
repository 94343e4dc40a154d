// A test-runner command that reads the page's accessibility tree as Chromium computes it for
// screen readers (the DevTools protocol's Accessibility.getFullAXTree), so tests can check
// roles, names and states as assistive technology gets them rather than the attributes that
// should produce them. The tree crosses shadow roots and includes names and roles given
// through ElementInternals, which no DOM attribute shows.
//
//   executeServerCommand('ax-tree', { roles: ['tab', 'tablist'] })
//
// answers with the nodes that are not ignored (only those of the given roles, when roles are
// given), in tree order, each as { id, parent, role, name, ...states }, where `parent` is the
// id of the nearest ancestor that is in the answer too, and `controls` lists the role and name
// of the nodes that aria-controls points at. Browsers without the protocol (Firefox, driven
// through WebDriver BiDi) get false, so a test can skip.

/** The states worth a test's attention, as the protocol names them. */
const STATES = [
  'selected',
  'focused',
  'focusable',
  'expanded',
  'pressed',
  'checked',
  'disabled',
  'level',
  'live',
  'hidden',
];

/** A value as a test wants it: pressed and checked come as the strings "true", "false", "mixed". */
const plain = ({ type, value }) =>
  type === 'tristate' && (value === 'true' || value === 'false') ? value === 'true' : value;

/** One node, made small: its role, name and the states it has. */
function compact(node, byBackendId) {
  const out = { id: node.nodeId, role: node.role?.value ?? '', name: node.name?.value ?? '' };
  if (node.description?.value) out.description = node.description.value;
  for (const property of node.properties ?? []) {
    if (STATES.includes(property.name)) out[property.name] = plain(property.value);
    else if (property.name === 'controls')
      out.controls = (property.value.relatedNodes ?? []).map((related) => {
        const target = byBackendId.get(related.backendDOMNodeId);
        return { role: target?.role?.value ?? '', name: target?.name?.value ?? '' };
      });
  }
  return out;
}

export function axTreePlugin() {
  return {
    name: 'ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      // false, not null: the runner reads null as "no plugin knows this command".
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chrome') return false;
      const cdp = await session.browser.getPage(session.id).createCDPSession();
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const byBackendId = new Map(nodes.filter((n) => !n.ignored).map((n) => [n.backendDOMNodeId, n]));
        const roles = payload?.roles ? new Set(payload.roles) : undefined;
        const wanted = (n) =>
          !n.ignored && n.role?.value !== 'InlineTextBox' && (!roles || roles.has(n.role?.value));
        // The protocol lists the nodes level by level; walk them depth first, in reading order.
        const out = [];
        const visit = (node, parent) => {
          let next = parent;
          if (wanted(node)) {
            out.push({ ...compact(node, byBackendId), parent });
            next = node.nodeId;
          }
          for (const id of node.childIds ?? []) if (byId.has(id)) visit(byId.get(id), next);
        };
        for (const root of nodes.filter((n) => n.parentId === undefined)) visit(root, null);
        return out;
      } finally {
        await cdp.detach();
      }
    },
  };
}
