// @ts-check
// The overview page: sortable job-market table, links to role pages. Sort and scroll survive re-renders and
// reloads via setState. The extension sends it no messages (it renders the page again when progress changes),
// so it listens for none.
(function () {
  const vscode = acquireVsCodeApi();
  /** @type {{ scrollY?: number, sort?: { key: string, direction: 'ascending' | 'descending' } }} */
  const state = vscode.getState() || {};
  const table = document.getElementById('job-market');

  /** @param {string} key @param {'ascending' | 'descending'} direction */
  function sortBy(key, direction) {
    if (!table) return;
    const headers = [...table.querySelectorAll('thead th')];
    const column = headers.findIndex((th) => /** @type {HTMLElement} */ (th).dataset.sortKey === key);
    if (column < 0) return;
    headers.forEach((th, i) => {
      const sorted = i === column;
      th.setAttribute('aria-sort', sorted ? direction : 'none');
      const icon = th.querySelector('.codicon');
      if (icon)
        icon.className = `codicon ${sorted ? (direction === 'ascending' ? 'codicon-arrow-up' : 'codicon-arrow-down') : 'codicon-arrow-swap'}`;
    });
    const body = table.querySelector('tbody');
    if (!body) return;
    const rows = [...body.querySelectorAll('tr')];
    /** @param {HTMLTableRowElement} row */
    const value = (row) => /** @type {HTMLElement} */ (row.children[column]).dataset.value ?? '';
    const numeric = column > 0;
    rows.sort((a, b) => {
      const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
      return direction === 'ascending' ? order : -order;
    });
    body.append(...rows);
    state.sort = { key, direction };
    vscode.setState(state);
  }

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button') : null;
    if (!button) return;
    if (button.dataset.openRole) {
      vscode.postMessage({ type: 'openRole', roleId: button.dataset.openRole });
    } else if (button.dataset.action === 'practice') {
      vscode.postMessage({ type: 'practice' });
    } else if (button.dataset.sort) {
      const current = button.closest('th')?.getAttribute('aria-sort');
      sortBy(button.dataset.sort, current === 'ascending' ? 'descending' : 'ascending');
    }
  });

  let pending = 0;
  window.addEventListener('scroll', () => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      state.scrollY = window.scrollY;
      vscode.setState(state);
    });
  });

  if (state.sort) sortBy(state.sort.key, state.sort.direction);
  if (state.scrollY) window.scrollTo(0, state.scrollY);
})();
