// Posts written through WordPress's REST API in a logged-in user's page, as that user: what they save goes through
// the same filters (kses for Authors and Contributors) as in the editor.

/** Calls the REST API as the page's user; resolves with the answer, or fails with WordPress's reason. */
const rest = (page, origin, route, body) =>
  page.evaluate(
    async ({ origin, route, body }) => {
      const nonce = await (await fetch(`${origin}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const response = await fetch(`${origin}/?rest_route=${route}`, {
        method: body ? 'POST' : 'GET',
        headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': nonce },
        ...(body && { body: JSON.stringify(body) }),
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(`WordPress refused ${route}: ${JSON.stringify(answer)}`);
      return answer;
    },
    { origin, route, body },
  );

/** Writes a post; resolves with its id, address and status. */
export async function writePost(page, origin, post) {
  const { id, link, status } = await rest(page, origin, '/wp/v2/posts', post);
  return { id, link, status };
}

/** Changes a post (its status, say); resolves with its id, address and status. */
export async function updatePost(page, origin, id, changes) {
  const { link, status } = await rest(page, origin, `/wp/v2/posts/${id}`, changes);
  return { id, link, status };
}

/** A post's content as WordPress saved it. */
export async function savedContent(page, origin, id) {
  return (await rest(page, origin, `/wp/v2/posts/${id}&context=edit`)).content.raw;
}
