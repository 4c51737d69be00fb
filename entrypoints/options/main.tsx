import { render } from 'preact';
import { WorkspaceApp } from '../../components/workspace/WorkspaceApp';
import { markPageLanguage } from '../../lib/i18n/page-language';
import '../../components/overlay/overlay.css';
import './style.css';

markPageLanguage();
render(<WorkspaceApp />, document.getElementById('app')!);
