/** Marks a record of a subscribed pack: it changes with the pack, so it offers no edit or delete. */
export function SubscribedBadge() {
  return (
    <span class="subscribed-badge" title="This comes from a subscribed pack and changes only with it.">
      From a subscribed pack
    </span>
  );
}
