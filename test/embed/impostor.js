// A page on another origin, loaded into a frame whose src names the embed's origin (a
// redirect took it elsewhere): its well-formed height message must still be ignored.
window.parent.postMessage({ type: 'engagement-cycle:height', height: 77 }, '*');
setInterval(() => window.parent.postMessage({ type: 'engagement-cycle:height', height: 77 }, '*'), 200);
