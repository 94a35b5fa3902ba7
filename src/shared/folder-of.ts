/**
 * The folder of a file's address, ending in `/`, without query or fragment: the bundle loaded as
 * `…/v1/pa-statement-widget.js?ver=6` and its `…/v1/hydrate.js` share `…/v1/`.
 */
export const folderOf = (address: string) => address.replace(/[?#].*/, '').replace(/[^/]*$/, '');
