// main.js of your app, after `npm install @engagement-cycle/elements`.
// 1. Import the element you use. It defines its tag (and the tags inside it) the first time.
import '@engagement-cycle/elements/engagement-cycle.js';

// 2. Put the element on the page, in your HTML or from code as here.
const cycle = document.createElement('ec-engagement-cycle');
cycle.setAttribute('heading-level', '2');
document.querySelector('#app').append(cycle);

// 3. Listen for the reader choosing a stage (by click, key, code or the address).
const chosen = document.querySelector('#chosen');
cycle.addEventListener('ec-stage-select', (event) => {
  const { stageId, trigger } = event.detail;
  chosen.textContent = `You chose ${stageId} (by ${trigger}).`;
});
