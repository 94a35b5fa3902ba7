/** Text for HTML, in an element or a quoted attribute (either quote): what a page gave is written as text only. */
export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[character]};`,
  );
