// A frame on the embed's own origin that sends messages the host script must ignore, then
// one it must act on, so a test can tell "ignored" from "not listening".
const wrong = [
  { type: 'engagement-cycle:height', height: '123' },
  { type: 'engagement-cycle:height', height: -5 },
  { type: 'engagement-cycle:height', height: 1e9 },
  { type: 'engagement-cycle:height', height: Number.NaN },
  { type: 'engagement-cycle:size', height: 123 },
  { height: 123 },
  'engagement-cycle:height 123',
  null,
];
for (const message of wrong) window.parent.postMessage(message, '*');
// Sent as embed.js sends its heights: from a ResizeObserver callback (once, at first layout).
// Not from a timer: WebKitGTK gives a message posted from a setTimeout callback the parent
// itself as its source, so the host script (rightly) ignores it. embed.js never posts from one.
let sent = false;
new ResizeObserver(() => {
  if (sent) return;
  sent = true;
  window.parent.postMessage({ type: 'engagement-cycle:height', height: 321 }, '*');
}).observe(document.body);
