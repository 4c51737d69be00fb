import { render } from 'preact';
import { WorkspaceApp } from '../../components/workspace/WorkspaceApp';
import '../../components/overlay/overlay.css';
import './style.css';

render(<WorkspaceApp />, document.getElementById('app')!);
