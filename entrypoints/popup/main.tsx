import { render } from 'preact';

render(<main>Throughline</main>, document.getElementById('app')!);
