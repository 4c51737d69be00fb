/** The first thing to do on a fresh install: without a catalogue there is nothing to align to. */
export function NoCatalogue() {
  return (
    <section class="empty-state" aria-labelledby="no-catalogue-heading">
      <h2 id="no-catalogue-heading">No strategy yet</h2>
      <p>
        The dashboard compares the work you browse with your objectives. Import your team's strategy pack in the
        workspace to start.
      </p>
      <a class="button-link" href="options.html#pack">
        Import a strategy pack
      </a>
    </section>
  );
}
