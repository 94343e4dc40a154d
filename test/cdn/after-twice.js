// Runs after both copies of the bundle: proves the page's own scripts still run.
document.body.dataset.pageScriptRan = 'yes';
