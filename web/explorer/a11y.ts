/**
 * Repairs GraphiQL needs for WCAG 2.1 AA (each found by axe-core on 4.x; kept on 5.x, where the axe
 * tests pass with them): its editors' hidden textareas have no name; its tabs nest buttons inside role="tab" items (nested-interactive), so the
 * list is made a plain list of buttons.
 * Re-applied whenever GraphiQL renders (tabs, panes); each change is made only when missing, so the
 * observer settles.
 */
const NAMES: Array<[string, string]> = [
  ['.graphiql-query-editor', 'Fråga (GraphQL)'],
  ['.graphiql-editor-tool', 'Variabler eller headers'],
  ['.graphiql-response', 'Svar'],
];

export function a11yFixes(container: HTMLElement): void {
  const fix = () => {
    for (const [sel, name] of NAMES) {
      container.querySelectorAll<HTMLTextAreaElement>(`${sel} textarea:not([aria-label])`).forEach((ta) => ta.setAttribute('aria-label', name));
    }
    container.querySelectorAll('[role="tablist"]').forEach((e) => e.setAttribute('role', 'list'));
    container.querySelectorAll('[role="tab"]').forEach((e) => {
      e.setAttribute('role', 'listitem');
      e.removeAttribute('aria-selected');
    });
  };
  new MutationObserver(fix).observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['role'] });
  fix();
}
