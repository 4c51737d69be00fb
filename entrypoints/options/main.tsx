import { render } from 'preact';
import { PackExport } from '../../components/PackExport';
import { PackImport } from '../../components/PackImport';
import './style.css';

render(
  <main>
    <h1>Throughline workspace</h1>
    <section aria-labelledby="pack-heading">
      <h2 id="pack-heading">Strategy pack</h2>
      <p class="hint">
        Share the whole catalogue (themes, objectives, benefit targets, check-ins, links and rules) as one file, or keep
        it as a backup.
      </p>
      <PackImport />
      <PackExport />
    </section>
  </main>,
  document.getElementById('app')!,
);
